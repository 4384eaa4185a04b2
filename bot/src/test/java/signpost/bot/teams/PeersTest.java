package signpost.bot.teams;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnixDomainSocketAddress;
import org.junit.jupiter.api.Test;

/**
 * Whether a peer is this machine is decided from the socket's address, never a name. Real requests from loopback are
 * in {@link LocalDevelopmentTest}; a request from another machine cannot be made here (tests send only to loopback),
 * so the decision is checked on the addresses such a connection would have.
 */
class PeersTest {

  @Test
  void loopback_addresses_are_this_machine() throws Exception {
    assertTrue(Peers.loopback(new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), 40_000)));
    assertTrue(Peers.loopback(new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 9, 8, 7}), 40_000)));
    assertTrue(Peers.loopback(new InetSocketAddress(InetAddress.getByName("::1"), 40_000)));
  }

  @Test
  void other_addresses_and_unresolved_names_are_not() throws Exception {
    assertFalse(Peers.loopback(new InetSocketAddress(InetAddress.getByAddress(new byte[] {10, 0, 0, 5}), 40_000)));
    assertFalse(Peers.loopback(new InetSocketAddress(InetAddress.getByAddress(new byte[] {(byte) 203, 0, 113, 9}), 40_000)));
    assertFalse(Peers.loopback(new InetSocketAddress(InetAddress.getByName("2001:db8::1"), 40_000)));
    assertFalse(Peers.loopback(InetSocketAddress.createUnresolved("127.attacker.example", 40_000)));
    assertFalse(Peers.loopback(InetSocketAddress.createUnresolved("localhost", 40_000)));
    assertFalse(Peers.loopback(UnixDomainSocketAddress.of("/tmp/signpost.sock")));
    assertFalse(Peers.loopback(null));
  }
}
