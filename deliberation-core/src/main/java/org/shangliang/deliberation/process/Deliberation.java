package org.shangliang.deliberation.process;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.shangliang.deliberation.meeting.Meeting;
import org.shangliang.deliberation.party.PartyList;
import org.shangliang.deliberation.topic.Topic;
import org.shangliang.deliberation.unit.UnitId;

/**
 * A deliberation (协商): one topic talked over by the parties on its list, at a deliberating unit. It is
 * the record a validator judges.
 *
 * <p>Source: DOMAIN.md, Jinan "the three ones", "admission of a topic", "五步" and "七定",
 * seeds/003.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Deliberation {
  Deliberation() {}

  /**
   * The deliberation's id.
   *
   * @return the id
   */
  public abstract DeliberationId id();

  /**
   * The topic deliberated.
   *
   * @return the topic
   */
  public abstract Topic topic();

  /**
   * The party list (协商主体清单).
   *
   * @return the parties
   */
  public abstract PartyList parties();

  /**
   * The unit whose body deliberates, e.g. the community for a matter of one of its buildings.
   *
   * @return the unit's id
   */
  public abstract UnitId deliberatingUnit();

  /**
   * The decision on admitting the topic.
   *
   * @return the admission, or empty while it is pending
   */
  public abstract Optional<Admission> admission();

  /**
   * The date the meeting is planned for, in the profile's time zone.
   *
   * @return the date, or empty if none is planned yet
   */
  public abstract Optional<LocalDate> plannedMeetingDate();

  /**
   * The meetings held, in order.
   *
   * @return the meetings
   */
  public abstract List<Meeting> meetings();

  /**
   * The steps of the profile's plan the deliberation went through, in order.
   *
   * @return the step events
   */
  public abstract List<StepEvent> steps();

  /**
   * A builder of deliberations; {@code id}, {@code topic}, {@code parties} and {@code
   * deliberatingUnit} are required.
   */
  public static final class Builder extends ImmutableDeliberation.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
