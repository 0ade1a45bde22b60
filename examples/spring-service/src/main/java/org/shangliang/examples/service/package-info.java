/**
 * An example REST service on the Shangliang Spring Boot starter: {@link
 * org.shangliang.examples.service.RecordController} validates, stores and answers; {@link
 * org.shangliang.examples.service.RecordStore} keeps the records in PostgreSQL (jsonb, Flyway); {@link
 * org.shangliang.examples.service.EmbeddedPostgresConfiguration} starts an embedded PostgreSQL when no
 * data source URL is set.
 */
package org.shangliang.examples.service;
