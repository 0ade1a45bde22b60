/**
 * The wire format of the deliberation model: {@link
 * org.shangliang.deliberation.json.DeliberationJson} reads and writes each {@link
 * org.shangliang.deliberation.json.DocumentKind} as JSON, strictly and within {@link
 * org.shangliang.deliberation.json.JsonLimits}; bad input raises {@link
 * org.shangliang.deliberation.json.DeliberationJsonException} with the JSON Pointer, line and
 * column of the fault.
 *
 * <h2>JSON Lines</h2>
 *
 * <p>Files of many documents of one kind, one compact document a line, are read and written in
 * constant memory through {@link org.shangliang.deliberation.json.DeliberationJson#lines(
 * org.shangliang.deliberation.json.DocumentKind) DeliberationJson.lines(kind)}, with the same
 * limits and strictness, each line one document:
 *
 * <pre>{@code
 * JsonLines<Jurisdiction> lines = json.lines(DocumentKind.JURISDICTION);
 * try (JsonLinesWriter<Jurisdiction> writer = lines.writer(Path.of("units.jsonl"))) {
 *   trees.forEach(writer::write);                      // "{…}\n" per document, UTF-8
 * }
 * JsonLines.Summary summary = lines.forEach(Path.of("units.jsonl"), line -> {
 *   if (line.isValue()) store(line.value()); else report(line.error().orElseThrow());
 * });                                                  // lines, values, errors, blank lines
 * }</pre>
 *
 * <p>Every line that is not blank ends in a {@link org.shangliang.deliberation.json.JsonLine}: its
 * value, or a {@code DeliberationJsonException} whose line is the line's number in the file; a bad
 * line costs only itself, and the caller goes on or stops ({@code line.value()} throws the line's
 * error; a {@link org.shangliang.deliberation.json.JsonLinesReader} is an iterator and a stream to
 * close). Blank lines are skipped and counted. A line longer than the longest document is an error
 * of that line, skipped without being held in memory. {@code \r\n} ends a line as {@code \n} does;
 * the last line needs no line break; a byte order mark is skipped at the start of the input only.
 *
 * <h2>Jackson databind</h2>
 *
 * <p>{@link org.shangliang.deliberation.json.DeliberationModule} lets an {@code ObjectMapper} read
 * and write the value of every document kind through the same codecs: {@code
 * mapper.registerModule(new DeliberationModule())}, or {@code mapper.findAndRegisterModules()}, which
 * finds it through {@link java.util.ServiceLoader}. It never changes the mapper's features. A value
 * the module refuses makes the mapper throw a {@code JsonMappingException} whose cause is the
 * {@code DeliberationJsonException}, with the JSON Pointer of the fault in the mapper's whole
 * document.
 */
package org.shangliang.deliberation.json;
