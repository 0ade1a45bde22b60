/**
 * The testkit's internals, not exported: among them the drafts, mutable copies of the core's model
 * values ({@code RecordDraft.of(record)}, change a field, {@code build()}), since the core's strict
 * builders set a field once and have no copy methods. Mutations and the minimizer rebuild records
 * through them.
 */
package org.shangliang.deliberation.testkit.internal;
