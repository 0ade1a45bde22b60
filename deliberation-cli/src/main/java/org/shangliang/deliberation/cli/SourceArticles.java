package org.shangliang.deliberation.cli;

import java.util.List;

/**
 * The public articles rules cite, as docs/domain.md "Sources" lists them: a rule's source names them
 * by short form ({@code Jinan 2018 (人民网, 2018-09-13)}); {@code explain} shows publisher, date and
 * title.
 */
final class SourceArticles {

  /**
   * One article.
   *
   * @param id the id rules cite, e.g. {@code Jinan 2018}
   * @param publisher the publisher
   * @param date the date, or a note that the copy shows none
   * @param title the title, or a note that the copy shows none
   */
  record Article(String id, String publisher, String date, String title) {}

  /** The articles, in the order of docs/domain.md "Sources". */
  static final List<Article> ALL =
      List.of(
          new Article(
              "Jinan 2018",
              "人民网-中国共产党新闻网",
              "2018-09-13",
              "山东济南市：以基层协商民主为抓手 探索形成党建引领城市基层治理的有效路径"),
          new Article("Haidian 2025", "《人民日报》, page 9", "2025-09-10", "以共商共治推动城市基层治理创新"),
          new Article(
              "Beijing 2021", "《光明日报》, page 6, via 光明网", "2021-10-25", "努力探索超大城市基层治理现代化之路"),
          new Article(
              "Bishan 2024",
              "seminar report (2024党建引领基层治理研讨会, Bishan, Chongqing)",
              "undated",
              "no headline in the copy"),
          new Article(
              "Reform 2025",
              "中国党政干部论坛 (一点号)",
              "2025-05-21",
              "改革纵横丨坚持\"四个引领\"推进基层治理创新"));

  private SourceArticles() {}

  /**
   * The articles a rule's source cites, in the order of {@link #ALL}.
   *
   * @param source a rule's source text
   * @return the articles whose id it names
   */
  static List<Article> citedBy(String source) {
    return ALL.stream().filter(a -> source.contains(a.id() + " (")).toList();
  }
}
