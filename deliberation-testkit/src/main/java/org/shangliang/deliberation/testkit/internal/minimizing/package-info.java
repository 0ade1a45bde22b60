/**
 * The minimizer's internals, behind {@code org.shangliang.deliberation.testkit.Minimizer}: the
 * places in a record that can be made smaller ({@link
 * org.shangliang.deliberation.testkit.internal.minimizing.Site}s: lists to drop elements from,
 * optional parts to drop, texts to shorten, numbers and instants to move toward their bounds), the
 * ways into a record that read and rewrite such a place through the drafts ({@link
 * org.shangliang.deliberation.testkit.internal.minimizing.Part}), and the search that applies them
 * until no single step still fails ({@link
 * org.shangliang.deliberation.testkit.internal.minimizing.Search}). Not exported.
 */
package org.shangliang.deliberation.testkit.internal.minimizing;
