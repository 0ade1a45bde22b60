package org.shangliang.deliberation.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;

/**
 * The content of one line of a JSON Lines input, without its line ending, that a parser reads: the
 * current line of a {@link LineSource}, or a copy of it in a {@link LineBuffer} made to be read later
 * on another thread.
 */
interface LineContent {
  /**
   * A parser of the line's content.
   *
   * @param factory the factory, with the limits
   * @return the parser, to be closed
   * @throws IOException if the parser cannot be made
   */
  JsonParser parser(JsonFactory factory) throws IOException;
}
