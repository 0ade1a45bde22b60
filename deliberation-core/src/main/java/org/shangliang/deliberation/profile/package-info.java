/**
 * Profiles (规程): the local rule packs a city sets as data — tiers and cadences, the topic catalogue and
 * its required party kinds, which rules are on and their severities, the time zone. Built in: {@link
 * org.shangliang.deliberation.profile.Profiles#jinan()}.
 */
@ModelStyle
@NullMarked
package org.shangliang.deliberation.profile;

import org.jspecify.annotations.NullMarked;
import org.shangliang.deliberation.internal.ModelStyle;
