/**
 * Shangliang deliberation JSON: records, profiles, unit trees, work calendars, reports and
 * obligations as JSON and JSON Lines, with a Jackson 2 module.
 */
module org.shangliang.deliberation.json {
  requires transitive org.shangliang.deliberation;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.databind;

  exports org.shangliang.deliberation.json;

  provides com.fasterxml.jackson.databind.Module with
      org.shangliang.deliberation.json.DeliberationModule;
}
