package signpost.knowledge.index;

import java.util.Arrays;
import java.util.List;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import signpost.knowledge.Document;
import signpost.knowledge.Passage;

/** The fields of a passage in the index, and the conversion both ways. */
public final class PassageFields {

  public static final String TEXT = "text";
  public static final String SECTION = "section";
  public static final String TITLE = "title";
  public static final String ORGANISATION = "org";
  public static final String ORIGIN = "origin";
  public static final String BUILT_IN = "builtin";
  public static final String DOCUMENT = "document";
  /** The words of a passage's text and headings as written (lower case, unstemmed): the vocabulary spelling is checked against. */
  public static final String WORDS = "words";
  /** The organisation value indexed for a document that belongs to none. */
  public static final String NO_ORGANISATION = "-";

  private static final String SECTION_PATH = "sectionPath";
  private static final String FILE = "file";
  private static final String KIND = "kind";
  private static final String PUBLISHED = "published";
  private static final String REVIEW_BY = "reviewBy";
  private static final String ORDINAL = "ordinal";
  private static final String PAGE = "page";
  private static final String SEPARATOR = "\u001f";

  /** Text indexed with offsets, so the highlighter needs no re-analysis. */
  private static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();

  /** Words indexed for their presence only: no positions, frequencies or stored value. */
  private static final FieldType WORDS_ONLY = wordsOnly();

  private PassageFields() {}

  static org.apache.lucene.document.Document toLucene(Passage passage) {
    Document doc = passage.document();
    var lucene = new org.apache.lucene.document.Document();
    lucene.add(new Field(TEXT, passage.text(), TEXT_WITH_OFFSETS));
    lucene.add(new TextField(SECTION, String.join(" ", passage.section()), Field.Store.NO));
    lucene.add(new TextField(TITLE, doc.title(), Field.Store.YES));
    lucene.add(new Field(WORDS, passage.text() + " " + String.join(" ", passage.section()), WORDS_ONLY));
    lucene.add(new StringField(ORIGIN, doc.builtIn() ? BUILT_IN : DOCUMENT, Field.Store.NO));
    lucene.add(new StringField(DOCUMENT, doc.id(), Field.Store.NO));
    lucene.add(new StringField(ORGANISATION, doc.organisation() == null ? NO_ORGANISATION : doc.organisation(),
        doc.organisation() == null ? Field.Store.NO : Field.Store.YES));
    lucene.add(new StoredField(SECTION_PATH, String.join(SEPARATOR, passage.section())));
    lucene.add(new StoredField(FILE, doc.file()));
    storeIfPresent(lucene, KIND, doc.kind());
    storeIfPresent(lucene, PUBLISHED, doc.published());
    storeIfPresent(lucene, REVIEW_BY, doc.reviewBy());
    lucene.add(new StoredField(BUILT_IN, doc.builtIn() ? 1 : 0));
    lucene.add(new StoredField(ORDINAL, passage.ordinal()));
    if (passage.page() != null) lucene.add(new StoredField(PAGE, passage.page()));
    return lucene;
  }

  static Passage fromLucene(org.apache.lucene.document.Document stored) {
    Document doc = new Document(stored.get(FILE), stored.get(TITLE), stored.get(ORGANISATION),
        stored.get(KIND), stored.get(PUBLISHED), stored.get(REVIEW_BY),
        stored.getField(BUILT_IN).numericValue().intValue() == 1);
    String path = stored.get(SECTION_PATH);
    List<String> section = path.isEmpty() ? List.of() : Arrays.asList(path.split(SEPARATOR));
    var page = stored.getField(PAGE);
    return new Passage(doc, stored.getField(ORDINAL).numericValue().intValue(), section,
        page == null ? null : page.numericValue().intValue(), stored.get(TEXT));
  }

  private static void storeIfPresent(org.apache.lucene.document.Document lucene, String name, String value) {
    if (value != null) lucene.add(new StoredField(name, value));
  }

  private static FieldType wordsOnly() {
    FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
    type.setIndexOptions(IndexOptions.DOCS);
    type.setOmitNorms(true);
    type.freeze();
    return type;
  }

  private static FieldType textWithOffsets() {
    FieldType type = new FieldType(TextField.TYPE_STORED);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }
}
