package org.shangliang.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.shangliang.deliberation.json.DeliberationJson;
import org.shangliang.deliberation.json.DocumentKind;
import org.shangliang.deliberation.process.Deliberation;
import org.shangliang.deliberation.unit.Jurisdiction;

/**
 * The demo's cases as JSON documents, read from {@code org/shangliang/examples/cases/} on the class
 * path: records ({@code jinan-lift.json} …) and unit trees ({@code jinan-units.json} …). The files
 * are written from the Java cases ({@link JinanLiftCase} …), which show how to build the same
 * records in Java; {@code CaseFilesTest} keeps the two equal.
 */
public final class Cases {
  /** The folder of the case files on the class path. */
  public static final String FOLDER = "/org/shangliang/examples/cases/";

  private static final DeliberationJson JSON = DeliberationJson.create();

  private Cases() {}

  /**
   * Reads a record.
   *
   * @param name the file's name without {@code .json}, e.g. {@code jinan-lift}
   * @return the record
   */
  public static Deliberation record(String name) {
    return read(DocumentKind.RECORD, name);
  }

  /**
   * Reads a unit tree.
   *
   * @param name the file's name without {@code .json}, e.g. {@code jinan-units}
   * @return the unit tree
   */
  public static Jurisdiction jurisdiction(String name) {
    return read(DocumentKind.JURISDICTION, name);
  }

  private static <T> T read(DocumentKind<T> kind, String name) {
    try (InputStream in = Cases.class.getResourceAsStream(FOLDER + name + ".json")) {
      if (in == null) {
        throw new IllegalArgumentException("name: no case file " + FOLDER + name + ".json");
      }
      return JSON.read(kind, in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
