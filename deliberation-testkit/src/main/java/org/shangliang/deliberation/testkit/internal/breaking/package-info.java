/**
 * Breakers: one mutation per rule that turns a valid scenario into one breaking that rule, behind
 * {@code Scenarios.breaking}. Not exported.
 */
package org.shangliang.deliberation.testkit.internal.breaking;
