package signpost.rules.engine;

import java.util.ArrayList;
import java.util.List;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;

/** Records, for one session, the rules that fired and the facts they inserted and did not delete again, in order. */
final class FiredRules {

  final List<String> names = new ArrayList<>();
  final List<Object> inserted = new ArrayList<>();

  final DefaultAgendaEventListener agenda = new DefaultAgendaEventListener() {
    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
      names.add(event.getMatch().getRule().getName());
    }
  };

  final DefaultRuleRuntimeEventListener runtime = new DefaultRuleRuntimeEventListener() {
    @Override
    public void objectInserted(ObjectInsertedEvent event) {
      if (event.getRule() != null) inserted.add(event.getObject());
    }

    /** A decision a rule takes back (a screening the organisation's own example rules out) is no longer made. */
    @Override
    public void objectDeleted(ObjectDeletedEvent event) {
      Object deleted = event.getOldObject();
      for (int i = 0; i < inserted.size(); i++) {
        if (inserted.get(i) == deleted) {
          inserted.remove(i);
          return;
        }
      }
    }
  };
}
