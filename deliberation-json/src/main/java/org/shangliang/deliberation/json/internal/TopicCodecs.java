package org.shangliang.deliberation.json.internal;

import java.math.BigDecimal;
import java.util.Optional;
import org.shangliang.deliberation.party.PartyId;
import org.shangliang.deliberation.topic.MatterSize;
import org.shangliang.deliberation.topic.PublicFunds;
import org.shangliang.deliberation.topic.SettledElsewhere;
import org.shangliang.deliberation.topic.SettlingAuthority;
import org.shangliang.deliberation.topic.SourceKind;
import org.shangliang.deliberation.topic.Topic;
import org.shangliang.deliberation.topic.TopicId;
import org.shangliang.deliberation.topic.TopicSource;
import org.shangliang.deliberation.topic.TwoPartyDispute;

/** Topics, their sources and the facts that bear on their admission. */
public final class TopicCodecs {
  /** The tokens of {@link MatterSize}. */
  public static final Tokens<MatterSize> MATTER_SIZES = Tokens.of(MatterSize.class);

  /** The tokens of {@link SourceKind} ({@code HOTLINE_12345} is {@code hotline-12345}). */
  public static final Tokens<SourceKind> SOURCE_KINDS = Tokens.of(SourceKind.class);

  /** The tokens of {@link SettlingAuthority}. */
  public static final Tokens<SettlingAuthority> SETTLING_AUTHORITIES =
      Tokens.of(SettlingAuthority.class);

  private TopicCodecs() {}

  /**
   * Reads a topic id: a string.
   *
   * @param in the reader
   * @return the id
   */
  public static TopicId readTopicId(JsonIn in) {
    return in.string(TopicId::of);
  }

  /**
   * Writes a topic id.
   *
   * @param out the writer
   * @param id the id
   */
  public static void writeTopicId(JsonOut out, TopicId id) {
    out.string(id.value());
  }

  /**
   * Reads a topic: {@code {"id", "title", "category", "catalogueEntry"?, "matterSize",
   * "affectedUnits": [...], "source", "raisedAt", "publicFunds"?, "settledElsewhere"?,
   * "dispute"?}}.
   *
   * @param in the reader
   * @return the topic
   */
  public static Topic readTopic(JsonIn in) {
    JsonIn.Mark mark = in.beginObject();
    Topic.Builder topic = new Topic.Builder();
    for (String field = in.nextField(); field != null; field = in.nextField()) {
      switch (field) {
        case "id":
          topic.id(readTopicId(in));
          break;
        case "title":
          topic.title(in.string());
          break;
        case "category":
          topic.category(in.string());
          break;
        case "catalogueEntry":
          topic.catalogueEntry(in.string());
          break;
        case "matterSize":
          topic.matterSize(in.token(MATTER_SIZES));
          break;
        case "affectedUnits":
          topic.addAllAffectedUnits(in.list(UnitCodecs::readUnitId));
          break;
        case "source":
          topic.source(readTopicSource(in));
          break;
        case "raisedAt":
          topic.raisedAt(in.instant());
          break;
        case "publicFunds":
          topic.publicFunds(readPublicFunds(in));
          break;
        case "settledElsewhere":
          topic.settledElsewhere(readSettledElsewhere(in));
          break;
        case "dispute":
          topic.dispute(readTwoPartyDispute(in));
          break;
        default:
          throw in.unknown(field);
      }
    }
    return in.build(mark, topic::build);
  }

  /**
   * Writes a topic.
   *
   * @param out the writer
   * @param topic the topic
   */
  public static void writeTopic(JsonOut out, Topic topic) {
    out.beginObject();
    out.string("id", topic.id().value());
    out.string("title", topic.title());
    out.string("category", topic.category());
    out.string("catalogueEntry", topic.catalogueEntry());
    out.token("matterSize", MATTER_SIZES, topic.matterSize());
    out.list("affectedUnits", topic.affectedUnits(), UnitCodecs::writeUnitId);
    out.field("source");
    writeTopicSource(out, topic.source());
    out.instant("raisedAt", topic.raisedAt());
    if (topic.publicFunds().isPresent()) {
      out.field("publicFunds");
      writePublicFunds(out, topic.publicFunds().get());
    }
    if (topic.settledElsewhere().isPresent()) {
      out.field("settledElsewhere");
      writeSettledElsewhere(out, topic.settledElsewhere().get());
    }
    if (topic.dispute().isPresent()) {
      out.field("dispute");
      writeTwoPartyDispute(out, topic.dispute().get());
    }
    out.endObject();
  }

  /**
   * Reads a topic's source: {@code {"kind", "reference"?}}; a {@code hotline-12345} source needs
   * its ticket id as the reference.
   *
   * @param in the reader
   * @return the source
   */
  public static TopicSource readTopicSource(JsonIn in) {
    JsonIn.Mark mark = in.beginObject();
    SourceKind kind = null;
    String reference = null;
    for (String field = in.nextField(); field != null; field = in.nextField()) {
      switch (field) {
        case "kind":
          kind = in.token(SOURCE_KINDS);
          break;
        case "reference":
          reference = in.string();
          break;
        default:
          throw in.unknown(field);
      }
    }
    SourceKind kindRead = CommonCodecs.required(in, mark, "kind", kind);
    Optional<String> referenceRead = Optional.ofNullable(reference);
    return in.build(
        mark,
        () ->
            referenceRead.isPresent()
                ? TopicSource.of(kindRead, referenceRead.get())
                : TopicSource.of(kindRead));
  }

  /**
   * Writes a topic's source.
   *
   * @param out the writer
   * @param source the source
   */
  public static void writeTopicSource(JsonOut out, TopicSource source) {
    out.beginObject();
    out.token("kind", SOURCE_KINDS, source.kind());
    out.string("reference", source.reference());
    out.endObject();
  }

  /**
   * Reads public funds: {@code {"amount"}}, in yuan, the number exactly as written (scale kept).
   *
   * @param in the reader
   * @return the funds
   */
  public static PublicFunds readPublicFunds(JsonIn in) {
    JsonIn.Mark mark = in.beginObject();
    BigDecimal amount = null;
    for (String field = in.nextField(); field != null; field = in.nextField()) {
      if (field.equals("amount")) {
        amount = in.decimal();
      } else {
        throw in.unknown(field);
      }
    }
    BigDecimal amountRead = CommonCodecs.required(in, mark, "amount", amount);
    return in.build(mark, () -> PublicFunds.of(amountRead));
  }

  /**
   * Writes public funds.
   *
   * @param out the writer
   * @param funds the funds
   */
  public static void writePublicFunds(JsonOut out, PublicFunds funds) {
    out.beginObject();
    out.decimal("amount", funds.amount());
    out.endObject();
  }

  /**
   * Reads the fact that a matter is settled elsewhere: {@code {"by", "reference"}}.
   *
   * @param in the reader
   * @return the fact
   */
  public static SettledElsewhere readSettledElsewhere(JsonIn in) {
    JsonIn.Mark mark = in.beginObject();
    SettlingAuthority by = null;
    String reference = null;
    for (String field = in.nextField(); field != null; field = in.nextField()) {
      switch (field) {
        case "by":
          by = in.token(SETTLING_AUTHORITIES);
          break;
        case "reference":
          reference = in.string();
          break;
        default:
          throw in.unknown(field);
      }
    }
    SettlingAuthority byRead = CommonCodecs.required(in, mark, "by", by);
    String referenceRead = CommonCodecs.required(in, mark, "reference", reference);
    return in.build(mark, () -> SettledElsewhere.of(byRead, referenceRead));
  }

  /**
   * Writes the fact that a matter is settled elsewhere.
   *
   * @param out the writer
   * @param settled the fact
   */
  public static void writeSettledElsewhere(JsonOut out, SettledElsewhere settled) {
    out.beginObject();
    out.token("by", SETTLING_AUTHORITIES, settled.by());
    out.string("reference", settled.reference());
    out.endObject();
  }

  /**
   * Reads the fact that a topic is a two-party dispute: {@code {"mediator"?}}, the mediator's party
   * id; {@code {}} while none is designated.
   *
   * @param in the reader
   * @return the fact
   */
  public static TwoPartyDispute readTwoPartyDispute(JsonIn in) {
    JsonIn.Mark mark = in.beginObject();
    PartyId mediator = null;
    for (String field = in.nextField(); field != null; field = in.nextField()) {
      if (field.equals("mediator")) {
        mediator = PartyCodecs.readPartyId(in);
      } else {
        throw in.unknown(field);
      }
    }
    Optional<PartyId> mediatorRead = Optional.ofNullable(mediator);
    return in.build(
        mark,
        () ->
            mediatorRead.isPresent()
                ? TwoPartyDispute.mediatedBy(mediatorRead.get())
                : TwoPartyDispute.withoutMediator());
  }

  /**
   * Writes the fact that a topic is a two-party dispute.
   *
   * @param out the writer
   * @param dispute the fact
   */
  public static void writeTwoPartyDispute(JsonOut out, TwoPartyDispute dispute) {
    out.beginObject();
    dispute.mediator().ifPresent(m -> out.string("mediator", m.value()));
    out.endObject();
  }
}
