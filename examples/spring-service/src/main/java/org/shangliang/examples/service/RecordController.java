package org.shangliang.examples.service;

import java.net.URI;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.shangliang.deliberation.json.DocumentKind;
import org.shangliang.deliberation.process.Deliberation;
import org.shangliang.deliberation.query.RecurringClass;
import org.shangliang.deliberation.query.RecurringIssues;
import org.shangliang.deliberation.query.RecurringSettings;
import org.shangliang.deliberation.validation.ValidationReport;
import org.shangliang.deliberation.spring.ConfiguredProfile;
import org.shangliang.deliberation.spring.DeliberationMessages;
import org.shangliang.deliberation.spring.DeliberationProfiles;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The service's REST API. Messages are in the request's language ({@code Accept-Language}: Chinese
 * or English); malformed records are answered by the starter with a problem detail (400).
 *
 * <ul>
 *   <li>{@code POST /profiles/{profile}/records}: a record document; validated now, stored, answered
 *       with its report (201 and {@code Location: /records/{id}}; 200 when it replaces the stored
 *       record of its id, as a record grows);
 *   <li>{@code GET /records/{id}}: the record; {@code GET /records/{id}/report}: its report;
 *   <li>{@code GET /records/{id}/obligations?at=2026-11-21T17:40:00Z}: what it owes at an instant;
 *   <li>{@code GET /profiles/{profile}/themes?from=2026-11&to=2027-01&minCount=2}: the classes of
 *       topics that recur, month by month (每月一题).
 * </ul>
 */
@RestController
public class RecordController {
  private static final MediaType JSON = MediaType.APPLICATION_JSON;

  private final DeliberationProfiles profiles;
  private final DeliberationMessages messages;
  private final RecordStore store;

  /**
   * Creates the controller.
   *
   * @param profiles the configured profiles
   * @param messages the messages
   * @param store the records
   */
  public RecordController(
      DeliberationProfiles profiles, DeliberationMessages messages, RecordStore store) {
    this.profiles = profiles;
    this.messages = messages;
    this.store = store;
  }

  /**
   * Validates a record now and stores it with its report, replacing the stored record of its id.
   *
   * @param name the profile's name
   * @param body the record document
   * @param locale the request's locale
   * @return the report document, with messages
   */
  @PostMapping(path = "/profiles/{profile}/records", consumes = "application/json")
  public ResponseEntity<String> submit(
      @PathVariable("profile") String name, @RequestBody String body, Locale locale) {
    ConfiguredProfile profile = profile(name);
    Deliberation record = profile.json().read(DocumentKind.RECORD, body);
    ValidationReport report = profile.validate(record);
    String id = record.id().value();
    RecordStore.Stored stored =
        new RecordStore.Stored(
            id,
            name,
            profile.json().write(DocumentKind.RECORD, record),
            profile.json().write(DocumentKind.REPORT, report),
            profile.now());
    boolean created = store.save(stored, record.topic().raisedAt());
    return ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK)
        .location(URI.create("/records/" + id))
        .contentType(JSON)
        .body(messages.reportDocument(report, profile, locale));
  }

  /**
   * A stored record.
   *
   * @param id the record's id
   * @return the record document
   */
  @GetMapping(path = "/records/{id}", produces = "application/json")
  public String record(@PathVariable("id") String id) {
    RecordStore.Stored stored = stored(id);
    ConfiguredProfile profile = profile(stored.profile());
    return profile.json().write(DocumentKind.RECORD, record(stored, profile));
  }

  /**
   * A stored record's report, as it was when the record was submitted.
   *
   * @param id the record's id
   * @param locale the request's locale
   * @return the report document, with messages
   */
  @GetMapping(path = "/records/{id}/report", produces = "application/json")
  public String report(@PathVariable("id") String id, Locale locale) {
    RecordStore.Stored stored = stored(id);
    ConfiguredProfile profile = profile(stored.profile());
    ValidationReport report = profile.json().read(DocumentKind.REPORT, stored.report());
    return messages.reportDocument(report, profile, locale);
  }

  /**
   * What a stored record owes at an instant.
   *
   * @param id the record's id
   * @param at the instant (ISO-8601)
   * @param locale the request's locale
   * @return the obligations document, with messages
   */
  @GetMapping(path = "/records/{id}/obligations", produces = "application/json")
  public String obligations(
      @PathVariable("id") String id, @RequestParam("at") Instant at, Locale locale) {
    RecordStore.Stored stored = stored(id);
    ConfiguredProfile profile = profile(stored.profile());
    return messages.obligationsDocument(
        profile.obligationsAt(record(stored, profile), at), profile, locale);
  }

  /**
   * The classes of topics that recur in each month of a period, in the profile's zone: the stored
   * records' topics by catalogue entry (or category) and affected unit rolled up to its community
   * ({@link RecurringIssues}).
   *
   * @param name the profile's name
   * @param from the first month
   * @param to the last month
   * @param minCount the smallest class reported (default 2)
   * @return per month, its classes
   */
  @GetMapping(path = "/profiles/{profile}/themes", produces = "application/json")
  public List<Map<String, Object>> themes(
      @PathVariable("profile") String name,
      @RequestParam("from") YearMonth from,
      @RequestParam("to") YearMonth to,
      @RequestParam(name = "minCount", defaultValue = "" + RecurringSettings.DEFAULT_MIN_COUNT) int minCount) {
    ConfiguredProfile profile = profile(name);
    if (to.isBefore(from) || from.plusYears(10).isBefore(to)) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "to: from 0 to 120 months after from");
    }
    ZoneId zone = profile.profile().zone();
    List<Deliberation> records = new ArrayList<>();
    for (String record :
        store.recordsRaised(
            name,
            from.atDay(1).atStartOfDay(zone).toInstant(),
            to.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant())) {
      records.add(profile.json().read(DocumentKind.RECORD, record));
    }
    RecurringIssues issues =
        RecurringIssues.of(
            profile.jurisdiction(), RecurringSettings.of(RecurringSettings.DEFAULT_LEVEL, minCount));
    List<Map<String, Object>> months = new ArrayList<>();
    for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
      List<Map<String, Object>> classes = new ArrayList<>();
      for (RecurringClass recurring : issues.findInRecords(records, month, zone)) {
        Map<String, Object> theme = new LinkedHashMap<>();
        theme.put("category", recurring.category());
        theme.put("catalogueEntry", recurring.catalogueEntry().orElse(null));
        theme.put("unit", recurring.unit().toString());
        theme.put("count", recurring.count());
        theme.put("topics", recurring.topics().stream().map(Object::toString).toList());
        classes.add(theme);
      }
      months.add(Map.of("month", month.toString(), "themes", classes));
    }
    return months;
  }

  private ConfiguredProfile profile(String name) {
    return profiles
        .find(name)
        .orElseThrow(
            () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no profile " + name));
  }

  private RecordStore.Stored stored(String id) {
    return store
        .find(id)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no record " + id));
  }

  private static Deliberation record(RecordStore.Stored stored, ConfiguredProfile profile) {
    return profile.json().read(DocumentKind.RECORD, stored.record());
  }
}
