/**
 * The codecs: hand-written readers and writers of each model type over {@link
 * org.shangliang.deliberation.json.internal.JsonIn} and {@link
 * org.shangliang.deliberation.json.internal.JsonOut}, the only classes that touch Jackson's
 * streaming API. Not exported.
 */
package org.shangliang.deliberation.json.internal;
