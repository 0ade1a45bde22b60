package org.shangliang.deliberation.internal;

import org.shangliang.deliberation.InvalidModelException;
import org.shangliang.deliberation.Path;

/**
 * Raised when a field is given {@code null}: by {@link Checks#notNull(String, Object)}, and by the
 * generated value types of the {@link ModelStyle}, whose message is the field's name ({@code
 * "weight"}) or, for an element of a collection or map, the field's name followed by {@code
 * element}, {@code key} or {@code value}. The path is that field. Not exported.
 */
public final class NullFieldException extends InvalidModelException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception for a field given {@code null}.
   *
   * @param path the field
   */
  public NullFieldException(Path path) {
    super(path, "must not be null");
  }

  /**
   * Creates the exception from the message of the generated code.
   *
   * @param message the field's name, e.g. {@code "weight"}, or {@code "invited element"} for a
   *     {@code null} element of the collection {@code invited}
   */
  public NullFieldException(String message) {
    super(pathOf(message), faultOf(message));
  }

  private static final String[] PARTS = {" element", " key", " value"};

  private static Path pathOf(String message) {
    if (message.equals("element")) {
      return Path.root(); // the generated code names an element without its collection
    }
    String field = message;
    for (String part : PARTS) {
      if (message.endsWith(part)) {
        field = message.substring(0, message.length() - part.length());
        break;
      }
    }
    try {
      return Path.parse(field);
    } catch (InvalidModelException notAField) {
      return Path.root();
    }
  }

  private static String faultOf(String message) {
    if (message.equals("element")) {
      return "must not hold a null element";
    }
    for (String part : PARTS) {
      if (message.endsWith(part)) {
        return "must not hold a null" + part;
      }
    }
    return "must not be null";
  }
}
