package signpost.rules.engine;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The secret that signs compiled-rules cache entries, so an entry someone else wrote is never
 * deserialised (Java deserialisation of a crafted entry runs code). It is 32 random bytes in a file
 * beside the cache root ({@code ~/.cache/signpost.key} for {@code ~/.cache/signpost}), outside the folder
 * the entries live in, created readable by its owner only; a key file others may read or write, or a link,
 * is not trusted, and then nothing is read from the cache.
 */
final class CacheKey {

  private static final int BYTES = 32;
  private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

  private final byte[] secret;

  private CacheKey(byte[] secret) {
    this.secret = secret;
  }

  /** Returns the file the key of the cache folder {@code root/rules} lives in: {@code root.key}, beside the root. */
  static Optional<Path> fileFor(Path rulesFolder) {
    Path root = rulesFolder.toAbsolutePath().normalize().getParent();
    if (root == null || root.getFileName() == null) return Optional.empty();
    return Optional.of(root.resolveSibling(root.getFileName() + ".key"));
  }

  /** Returns the key in the file, creating it when absent; empty when it cannot be made or is not safe to trust. */
  static Optional<CacheKey> load(Path file) throws IOException {
    if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) create(file);
    if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) return Optional.empty();
    PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
    if (posix != null && !OWNER_ONLY.containsAll(posix.readAttributes().permissions())) return Optional.empty();
    byte[] secret = Files.readAllBytes(file);
    return secret.length == BYTES ? Optional.of(new CacheKey(secret)) : Optional.empty();
  }

  private static void create(Path file) throws IOException {
    byte[] secret = new byte[BYTES];
    new SecureRandom().nextBytes(secret);
    Files.createDirectories(file.getParent());
    try {
      boolean posix = file.getFileSystem().supportedFileAttributeViews().contains("posix");
      Path created = posix ? Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY)) : Files.createFile(file);
      Files.write(created, secret);
    } catch (FileAlreadyExistsException e) {
      // Another process made it first: use theirs.
    }
  }

  /** Returns the tag of an entry's bytes under its name, so an entry moved to another name does not verify. */
  byte[] tag(String name, byte[] payload) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      mac.update(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      mac.update((byte) 0);
      return mac.doFinal(payload);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JVM", e);
    }
  }

  /** Returns the payload of a signed entry, or empty when its tag does not verify. */
  Optional<byte[]> open(String name, byte[] entry) {
    int length = 32;
    if (entry.length < length) return Optional.empty();
    byte[] payload = Arrays.copyOfRange(entry, length, entry.length);
    boolean good = MessageDigest.isEqual(Arrays.copyOf(entry, length), tag(name, payload));
    return good ? Optional.of(payload) : Optional.empty();
  }

  /** Returns the entry to write: the tag, then the payload. */
  byte[] seal(String name, byte[] payload) {
    byte[] tag = tag(name, payload);
    byte[] entry = Arrays.copyOf(tag, tag.length + payload.length);
    System.arraycopy(payload, 0, entry, tag.length, payload.length);
    return entry;
  }
}
