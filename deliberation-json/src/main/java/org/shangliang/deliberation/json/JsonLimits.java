package org.shangliang.deliberation.json;

/**
 * The limits a reader enforces on a document before any value is built, so that hostile input
 * costs bounded time and memory. Each limit crossed raises a {@link DeliberationJsonException}
 * naming it. Immutable and thread-safe.
 *
 * @param maxNestingDepth the deepest nesting of objects and arrays, 1 to {@link #MAX_NESTING_DEPTH}
 * @param maxDocumentLength the longest document, in bytes or characters as read, at least 1
 * @param maxStringLength the longest string value, in characters, at least 1
 * @param maxNameLength the longest property name, in characters, at least 1
 * @param maxNumberLength the longest number, in characters, at least 1
 * @param maxTokenCount the most tokens in a document, at least 1
 */
public record JsonLimits(
    int maxNestingDepth,
    long maxDocumentLength,
    int maxStringLength,
    int maxNameLength,
    int maxNumberLength,
    long maxTokenCount) {

  /**
   * The deepest nesting a reader may allow: 1,000. Reading recurses once per level, and deeper
   * documents could exhaust a thread's stack; no document of the model nests deeper than about 12.
   */
  public static final int MAX_NESTING_DEPTH = 1_000;

  /**
   * The defaults: nesting 64, documents of 16 MiB, strings of 65,536 characters, names of 128,
   * numbers of 64 characters (a decimal the core accepts has at most 22), 2,000,000 tokens.
   */
  public static final JsonLimits DEFAULT =
      new JsonLimits(64, 16L * 1024 * 1024, 65_536, 128, 64, 2_000_000L);

  /**
   * Checks that every limit is positive.
   *
   * @param maxNestingDepth the deepest nesting
   * @param maxDocumentLength the longest document
   * @param maxStringLength the longest string
   * @param maxNameLength the longest property name
   * @param maxNumberLength the longest number
   * @param maxTokenCount the most tokens
   * @throws IllegalArgumentException if a limit is below 1 or the nesting depth above {@link
   *     #MAX_NESTING_DEPTH}, naming it
   */
  public JsonLimits {
    positive("maxNestingDepth", maxNestingDepth);
    if (maxNestingDepth > MAX_NESTING_DEPTH) {
      throw new IllegalArgumentException(
          "maxNestingDepth: must be at most " + MAX_NESTING_DEPTH + ", was " + maxNestingDepth);
    }
    positive("maxDocumentLength", maxDocumentLength);
    positive("maxStringLength", maxStringLength);
    positive("maxNameLength", maxNameLength);
    positive("maxNumberLength", maxNumberLength);
    positive("maxTokenCount", maxTokenCount);
  }

  private static void positive(String name, long value) {
    if (value < 1) {
      throw new IllegalArgumentException(name + ": must be at least 1, was " + value);
    }
  }

  /**
   * These limits with another nesting depth.
   *
   * @param depth the deepest nesting
   * @return the new limits
   */
  public JsonLimits withMaxNestingDepth(int depth) {
    return new JsonLimits(depth, maxDocumentLength, maxStringLength, maxNameLength, maxNumberLength, maxTokenCount);
  }

  /**
   * These limits with another document length.
   *
   * @param length the longest document
   * @return the new limits
   */
  public JsonLimits withMaxDocumentLength(long length) {
    return new JsonLimits(maxNestingDepth, length, maxStringLength, maxNameLength, maxNumberLength, maxTokenCount);
  }

  /**
   * These limits with another string length.
   *
   * @param length the longest string
   * @return the new limits
   */
  public JsonLimits withMaxStringLength(int length) {
    return new JsonLimits(maxNestingDepth, maxDocumentLength, length, maxNameLength, maxNumberLength, maxTokenCount);
  }

  /**
   * These limits with another name length.
   *
   * @param length the longest property name
   * @return the new limits
   */
  public JsonLimits withMaxNameLength(int length) {
    return new JsonLimits(maxNestingDepth, maxDocumentLength, maxStringLength, length, maxNumberLength, maxTokenCount);
  }

  /**
   * These limits with another number length.
   *
   * @param length the longest number
   * @return the new limits
   */
  public JsonLimits withMaxNumberLength(int length) {
    return new JsonLimits(maxNestingDepth, maxDocumentLength, maxStringLength, maxNameLength, length, maxTokenCount);
  }

  /**
   * These limits with another token count.
   *
   * @param count the most tokens
   * @return the new limits
   */
  public JsonLimits withMaxTokenCount(long count) {
    return new JsonLimits(maxNestingDepth, maxDocumentLength, maxStringLength, maxNameLength, maxNumberLength, count);
  }
}
