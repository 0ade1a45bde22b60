/**
 * The wire format of the deliberation model: {@link
 * org.shangliang.deliberation.json.DeliberationJson} reads and writes each {@link
 * org.shangliang.deliberation.json.DocumentKind} as JSON, strictly and within {@link
 * org.shangliang.deliberation.json.JsonLimits}; bad input raises {@link
 * org.shangliang.deliberation.json.DeliberationJsonException} with the JSON Pointer, line and
 * column of the fault.
 */
package org.shangliang.deliberation.json;
