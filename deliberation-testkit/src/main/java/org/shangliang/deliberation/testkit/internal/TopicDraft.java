package org.shangliang.deliberation.testkit.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.shangliang.deliberation.topic.MatterSize;
import org.shangliang.deliberation.topic.PublicFunds;
import org.shangliang.deliberation.topic.SettledElsewhere;
import org.shangliang.deliberation.topic.Topic;
import org.shangliang.deliberation.topic.TopicId;
import org.shangliang.deliberation.topic.TopicSource;
import org.shangliang.deliberation.topic.TwoPartyDispute;
import org.shangliang.deliberation.unit.UnitId;

/**
 * A mutable copy of a topic ({@link Topic}): every field of the value as a public field, to change
 * and build again. The core's builders are strict (a field is set once) and have no copy methods,
 * so a mutation or a minimizer rebuilds a value through its draft: {@code TopicDraft.edit(value, d
 * -> ...)}, or {@code TopicDraft.of(value)}, change, {@link #build()}.
 *
 * <p>Optional fields are {@link Optional}s; list fields mutable {@link ArrayList}s in the value's
 * order.
 *
 * <p>A draft of a value, unchanged, builds a value equal to it.
 *
 * <p>Not thread-safe: a draft is scratch space for one thread; the values it builds are immutable.
 */
public final class TopicDraft {
  /** The value's {@link Topic#id()}. */
  public TopicId id;

  /** The value's {@link Topic#title()}. */
  public String title;

  /** The value's {@link Topic#category()}. */
  public String category;

  /** The value's {@link Topic#catalogueEntry()} (empty if absent). */
  public Optional<String> catalogueEntry;

  /** The value's {@link Topic#matterSize()}. */
  public MatterSize matterSize;

  /** The value's {@link Topic#affectedUnits()}, a mutable list. */
  public List<UnitId> affectedUnits;

  /** The value's {@link Topic#source()}. */
  public TopicSource source;

  /** The value's {@link Topic#raisedAt()}. */
  public Instant raisedAt;

  /** The value's {@link Topic#publicFunds()} (empty if absent). */
  public Optional<PublicFunds> publicFunds;

  /** The value's {@link Topic#settledElsewhere()} (empty if absent). */
  public Optional<SettledElsewhere> settledElsewhere;

  /** The value's {@link Topic#dispute()} (empty if absent). */
  public Optional<TwoPartyDispute> dispute;

  private TopicDraft(Topic value) {
    this.id = value.id();
    this.title = value.title();
    this.category = value.category();
    this.catalogueEntry = value.catalogueEntry();
    this.matterSize = value.matterSize();
    this.affectedUnits = new ArrayList<>(value.affectedUnits());
    this.source = value.source();
    this.raisedAt = value.raisedAt();
    this.publicFunds = value.publicFunds();
    this.settledElsewhere = value.settledElsewhere();
    this.dispute = value.dispute();
  }

  /**
   * A draft holding every field of a value.
   *
   * @param value the value to copy
   * @return a new draft; {@link #build()} on it unchanged gives a value equal to {@code value}
   * @throws NullPointerException if {@code value} is null
   */
  public static TopicDraft of(Topic value) {
    return new TopicDraft(Objects.requireNonNull(value, "value"));
  }

  /**
   * A copy of a value with a change made to its draft.
   *
   * @param value the value to copy
   * @param change what to change on the draft
   * @return the value the changed draft builds
   * @throws org.shangliang.deliberation.InvalidModelException if the changed fields do not make a
   *     well-formed value
   * @throws NullPointerException if an argument is null
   */
  public static Topic edit(Topic value, Consumer<? super TopicDraft> change) {
    TopicDraft draft = of(value);
    Objects.requireNonNull(change, "change").accept(draft);
    return draft.build();
  }

  /**
   * Builds the value the fields describe.
   *
   * @return the value
   * @throws org.shangliang.deliberation.InvalidModelException if the fields do not make a
   *     well-formed value (a field null, a required part missing, a check of the value failing)
   */
  public Topic build() {
    return new Topic.Builder()
        .id(id)
        .title(title)
        .category(category)
        .catalogueEntry(catalogueEntry)
        .matterSize(matterSize)
        .addAllAffectedUnits(affectedUnits)
        .source(source)
        .raisedAt(raisedAt)
        .publicFunds(publicFunds)
        .settledElsewhere(settledElsewhere)
        .dispute(dispute)
        .build();
  }
}
