package org.shangliang.examples.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The records and their reports in PostgreSQL: table {@code deliberation_record} (Flyway migration
 * {@code V1__records.sql}), the documents in {@code jsonb} columns, which SQL can query ({@code
 * record #>> '{topic,category}'}). A {@code jsonb} value keeps no key order, and the library's reader
 * wants a tagged value's {@code "type"} first (a decision rule, a report's argument): the documents
 * read back are given their {@code "type"} first again, decimals exactly as stored.
 */
@Repository
public class RecordStore {
  /** A stored record: the profile it was submitted under, the record and its report as JSON. */
  public record Stored(String id, String profile, String record, String report, Instant submittedAt) {}

  private final JdbcTemplate jdbc;

  /**
   * Creates the store.
   *
   * @param jdbc the database
   */
  public RecordStore(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Stores a record, or replaces the stored record of its id (a record grows as its deliberation
   * goes on: a meeting, an outcome, supervision …).
   *
   * @param stored the record and its report
   * @param raisedAt when its topic was raised (what monthly themes are counted by)
   * @return {@code true} if it was new, {@code false} if it replaced a stored one
   */
  public boolean save(Stored stored, Instant raisedAt) {
    return Boolean.TRUE.equals(
        jdbc.queryForObject(
            "insert into deliberation_record (id, profile, record, report, raised_at, submitted_at)"
                + " values (?, ?, ?::jsonb, ?::jsonb, ?, ?) on conflict (id) do update set"
                + " profile = excluded.profile, record = excluded.record, report = excluded.report,"
                + " raised_at = excluded.raised_at, submitted_at = excluded.submitted_at"
                + " returning (xmax = 0)",
            Boolean.class,
            stored.id(),
            stored.profile(),
            stored.record(),
            stored.report(),
            Timestamp.from(raisedAt),
            Timestamp.from(stored.submittedAt())));
  }

  /**
   * A stored record.
   *
   * @param id the record's id
   * @return the record, or empty if none has the id
   */
  public Optional<Stored> find(String id) {
    return jdbc
        .query(
            "select id, profile, record::text, report::text, submitted_at from deliberation_record"
                + " where id = ?",
            (row, i) ->
                new Stored(
                    row.getString(1),
                    row.getString(2),
                    typeFirst(row.getString(3)),
                    typeFirst(row.getString(4)),
                    row.getTimestamp(5).toInstant()),
            id)
        .stream()
        .findFirst();
  }

  /**
   * The records of a profile whose topic was raised in {@code [from, until)}.
   *
   * @param profile the profile's name
   * @param from the start, inclusive
   * @param until the end, exclusive
   * @return the records as JSON, by id
   */
  public List<String> recordsRaised(String profile, Instant from, Instant until) {
    return jdbc.query(
        "select record::text from deliberation_record where profile = ? and raised_at >= ?"
            + " and raised_at < ? order by id",
        (row, i) -> typeFirst(row.getString(1)),
        profile,
        Timestamp.from(from),
        Timestamp.from(until));
  }

  /** Exact decimals in and out: {@code 62.40} stays {@code 62.40}. */
  private static final ObjectMapper TREE =
      JsonMapper.builder()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
          .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
          .build();

  /** A document read from {@code jsonb} with each object's {@code "type"}, if any, first again. */
  static String typeFirst(String jsonb) {
    try {
      return TREE.writeValueAsString(typeFirst(TREE.readTree(jsonb)));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the database returned JSON it cannot have stored", e);
    }
  }

  private static JsonNode typeFirst(JsonNode node) {
    if (node instanceof ObjectNode object) {
      ObjectNode ordered = TREE.createObjectNode();
      if (object.has("type")) {
        ordered.set("type", object.get("type"));
      }
      object.properties().forEach(field -> ordered.set(field.getKey(), typeFirst(field.getValue())));
      return ordered;
    }
    if (node instanceof ArrayNode array) {
      ArrayNode ordered = TREE.createArrayNode();
      array.forEach(element -> ordered.add(typeFirst(element)));
      return ordered;
    }
    return node;
  }
}
