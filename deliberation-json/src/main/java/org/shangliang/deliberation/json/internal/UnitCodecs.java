package org.shangliang.deliberation.json.internal;

import java.util.ArrayList;
import java.util.List;
import org.shangliang.deliberation.unit.AdministrativeUnit;
import org.shangliang.deliberation.unit.Jurisdiction;
import org.shangliang.deliberation.unit.TierLevel;
import org.shangliang.deliberation.unit.UnitId;

/** Units and unit trees. */
public final class UnitCodecs {
  /** The tokens of {@link TierLevel}. */
  public static final Tokens<TierLevel> LEVELS = Tokens.of(TierLevel.class);

  private UnitCodecs() {}

  /**
   * Reads a unit id.
   *
   * @param in the reader
   * @return the id
   */
  public static UnitId readUnitId(JsonIn in) {
    return in.string(UnitId::of);
  }

  /**
   * Writes a unit id.
   *
   * @param out the writer
   * @param id the id
   */
  public static void writeUnitId(JsonOut out, UnitId id) {
    out.string(id.value());
  }

  /**
   * Reads a unit: {@code {"id", "level", "name", "parent"?}}.
   *
   * @param in the reader
   * @return the unit
   */
  public static AdministrativeUnit readUnit(JsonIn in) {
    JsonIn.Mark mark = in.beginObject();
    AdministrativeUnit.Builder unit = new AdministrativeUnit.Builder();
    for (String field = in.nextField(); field != null; field = in.nextField()) {
      switch (field) {
        case "id":
          unit.id(readUnitId(in));
          break;
        case "level":
          unit.level(in.token(LEVELS));
          break;
        case "name":
          unit.name(in.string());
          break;
        case "parent":
          unit.parent(readUnitId(in));
          break;
        default:
          throw in.unknown(field);
      }
    }
    return in.build(mark, unit::build);
  }

  /**
   * Writes a unit.
   *
   * @param out the writer
   * @param unit the unit
   */
  public static void writeUnit(JsonOut out, AdministrativeUnit unit) {
    out.beginObject();
    out.string("id", unit.id().value());
    out.token("level", LEVELS, unit.level());
    out.string("name", unit.name());
    unit.parent().ifPresent(p -> out.string("parent", p.value()));
    out.endObject();
  }

  /** The jurisdiction document: {@code {"schemaVersion", "units": [...]}}. */
  public static final Codec<Jurisdiction> JURISDICTION =
      new Codec<>() {
        @Override
        public Jurisdiction read(JsonIn in) {
          JsonIn.Mark mark = in.beginObject();
          boolean version = false;
          List<AdministrativeUnit> units = null;
          for (String field = in.nextField(); field != null; field = in.nextField()) {
            switch (field) {
              case "schemaVersion":
                Versions.read(in);
                version = true;
                break;
              case "units":
                units = in.list(UnitCodecs::readUnit);
                break;
              default:
                throw in.unknown(field);
            }
          }
          Versions.require(in, mark, version);
          if (units == null) {
            throw in.fail(mark, "missing property \"units\"");
          }
          List<AdministrativeUnit> read = new ArrayList<>(units);
          return in.build(mark, () -> Jurisdiction.of(read));
        }

        @Override
        public void write(JsonOut out, Jurisdiction value) {
          out.beginObject();
          Versions.write(out);
          out.list("units", value.units(), UnitCodecs::writeUnit);
          out.endObject();
        }
      };
}
