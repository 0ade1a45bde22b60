package org.shangliang.deliberation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Where in a record a violation is: a sequence of field names and list indexes, rendered as {@code
 * topic.affectedUnits[1]} ({@link #toString()}, which {@link #parse(String)} reads back) or as the JSON
 * Pointer {@code /topic/affectedUnits/1} that addresses the record's JSON form. The root path renders
 * as the empty string in both forms.
 *
 * <p>Immutable and thread-safe.
 */
public final class Path {
  private static final Path ROOT = new Path(List.of());

  private final List<Object> segments;

  private Path(List<Object> segments) {
    this.segments = segments;
  }

  /**
   * The path of the whole record.
   *
   * @return the root path
   */
  public static Path root() {
    return ROOT;
  }

  /**
   * A path of field names from the root, e.g. {@code Path.of("topic", "category")}.
   *
   * @param fields the field names
   * @return the path
   * @throws InvalidModelException if a name is not a field name
   */
  public static Path of(String... fields) {
    Path path = ROOT;
    for (String field : fields) {
      path = path.child(field);
    }
    return path;
  }

  /**
   * The path of a field inside this one.
   *
   * @param field the field name: a Java identifier such as {@code affectedUnits}
   * @return the longer path
   * @throws InvalidModelException if the name is not a Java identifier
   */
  public Path child(String field) {
    if (!isFieldName(field)) {
      throw new InvalidModelException(
          ROOT.append("path").append("field"),
          "must be a field name, was " + org.shangliang.deliberation.internal.Checks.quote(field));
    }
    return append(field);
  }

  /**
   * The path of a list element inside this one.
   *
   * @param index the element's index, zero or more
   * @return the longer path
   * @throws InvalidModelException if the index is negative
   */
  public Path index(int index) {
    if (index < 0) {
      throw new InvalidModelException(
          ROOT.append("path").append("index"), "must not be negative, was " + index);
    }
    return append(index);
  }

  /**
   * This path followed by another: {@code Path.of("meetings").index(0).resolve(Path.parse("ballots[3]"))}
   * is {@code meetings[0].ballots[3]}.
   *
   * @param relative the path to append; the root path leaves this one unchanged
   * @return the longer path
   */
  public Path resolve(Path relative) {
    if (relative.isRoot()) {
      return this;
    }
    if (isRoot()) {
      return relative;
    }
    List<Object> longer = new ArrayList<>(segments.size() + relative.segments.size());
    longer.addAll(segments);
    longer.addAll(relative.segments);
    return new Path(Collections.unmodifiableList(longer));
  }

  private Path append(Object segment) {
    List<Object> longer = new ArrayList<>(segments.size() + 1);
    longer.addAll(segments);
    longer.add(segment);
    return new Path(Collections.unmodifiableList(longer));
  }

  /**
   * The segments: {@link String} field names and {@link Integer} indexes.
   *
   * @return the segments, from the root
   */
  public List<Object> segments() {
    return segments;
  }

  /**
   * Whether this is the root path.
   *
   * @return {@code true} if the path has no segment
   */
  public boolean isRoot() {
    return segments.isEmpty();
  }

  /**
   * The JSON Pointer (RFC 6901) form, e.g. {@code /topic/affectedUnits/1}.
   *
   * @return the pointer; empty for the root
   */
  public String toJsonPointer() {
    StringBuilder pointer = new StringBuilder();
    for (Object segment : segments) {
      pointer.append('/').append(segment.toString().replace("~", "~0").replace("/", "~1"));
    }
    return pointer.toString();
  }

  /**
   * Reads the form written by {@link #toString()}.
   *
   * @param text e.g. {@code parties[3].unit}; the empty string for the root
   * @return the path
   * @throws InvalidModelException if the text is not a path, naming the position
   */
  public static Path parse(String text) {
    Path path = ROOT;
    int i = 0;
    boolean expectField = true;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '[') {
        int end = text.indexOf(']', i);
        if (end < 0 || path.isRoot()) {
          throw malformed(text, i);
        }
        String digits = text.substring(i + 1, end);
        if (digits.isEmpty() || digits.length() > 9 || !digits.chars().allMatch(Character::isDigit)) {
          throw malformed(text, i);
        }
        path = path.index(Integer.parseInt(digits));
        i = end + 1;
        expectField = false;
      } else if (c == '.' && !expectField && !path.isRoot()) {
        i++;
        expectField = true;
      } else if (expectField || path.isRoot()) {
        int end = i;
        while (end < text.length() && text.charAt(end) != '.' && text.charAt(end) != '[') {
          end++;
        }
        String field = text.substring(i, end);
        if (!isFieldName(field)) {
          throw malformed(text, i);
        }
        path = path.child(field);
        i = end;
        expectField = false;
      } else {
        throw malformed(text, i);
      }
    }
    if (expectField && !path.isRoot()) {
      throw malformed(text, text.length());
    }
    return path;
  }

  private static InvalidModelException malformed(String text, int position) {
    return new InvalidModelException(
        ROOT.append("path"),
        "not a path at position " + position + ", was "
            + org.shangliang.deliberation.internal.Checks.quote(text));
  }

  private static boolean isFieldName(String field) {
    if (field.isEmpty() || !Character.isJavaIdentifierStart(field.charAt(0))) {
      return false;
    }
    for (int i = 1; i < field.length(); i++) {
      if (!Character.isJavaIdentifierPart(field.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Path && ((Path) other).segments.equals(segments);
  }

  @Override
  public int hashCode() {
    return segments.hashCode();
  }

  /**
   * The dotted form, e.g. {@code topic.affectedUnits[1]}; the empty string for the root.
   *
   * @return the text, which {@link #parse(String)} reads back
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    for (Object segment : segments) {
      if (segment instanceof Integer) {
        text.append('[').append(segment).append(']');
      } else {
        if (text.length() > 0) {
          text.append('.');
        }
        text.append(segment);
      }
    }
    return text.toString();
  }
}
