package org.shangliang.deliberation.json.internal;

/**
 * The schema version every document carries in {@code schemaVersion}: {@code "MAJOR.MINOR"}. A
 * reader reads documents of its major version; a newer major version is refused with a message
 * saying so. Minor versions only add optional properties, which a reader of an older minor version
 * refuses as unknown, naming the version it reads.
 */
public final class Versions {
  /** The major version this module reads and writes. */
  public static final int MAJOR = 1;
  /** The minor version this module writes. */
  public static final int MINOR = 0;
  /** The version this module writes. */
  public static final String CURRENT = MAJOR + "." + MINOR;

  private Versions() {}

  /**
   * Reads and checks a {@code schemaVersion} value.
   *
   * @param in the reader, before the value
   */
  public static void read(JsonIn in) {
    String text = in.string();
    int dot = text.indexOf('.');
    if (dot < 1 || dot == text.length() - 1 || !digits(text, 0, dot) || !digits(text, dot + 1, text.length())) {
      throw in.fail("must be a version MAJOR.MINOR such as \"" + CURRENT + "\", was " + JsonIn.quote(text));
    }
    int major;
    try {
      major = Integer.parseInt(text.substring(0, dot));
    } catch (NumberFormatException e) {
      throw in.fail("must be a version MAJOR.MINOR such as \"" + CURRENT + "\", was " + JsonIn.quote(text));
    }
    if (major > MAJOR) {
      throw in.fail("the document has schema version " + text + ", newer than " + CURRENT
          + ", which this reader reads: read it with a newer deliberation-json");
    }
    if (major < MAJOR) {
      throw in.fail("the document has schema version " + text + "; this reader reads " + MAJOR + ".x");
    }
  }

  /**
   * Refuses a document whose {@code schemaVersion} property was not read.
   *
   * @param in the reader, after the document's properties
   * @param mark where the document begins
   * @param read whether {@code schemaVersion} was read
   */
  public static void require(JsonIn in, JsonIn.Mark mark, boolean read) {
    if (!read) {
      throw in.fail(mark, "missing property \"schemaVersion\"");
    }
  }

  /**
   * Writes the {@code schemaVersion} property.
   *
   * @param out the writer
   */
  public static void write(JsonOut out) {
    out.string("schemaVersion", CURRENT);
  }

  private static boolean digits(String text, int from, int to) {
    if (to - from > 9) {
      return false;
    }
    for (int i = from; i < to; i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }
}
