package org.shangliang.deliberation.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the project, put on every model package's {@code package-info.java}.
 * Generated implementations stay package-private behind the public abstract types; builders are
 * strict (a field is set once); collections are JDK immutable collections in insertion order; missing
 * or {@code null} fields raise {@link org.shangliang.deliberation.InvalidModelException}; redacted fields show as {@code ***}.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    strictBuilder = true,
    jdkOnly = true,
    depluralize = true,
    redactedMask = "***",
    throwForInvalidImmutableState = MissingFieldException.class,
    throwForNullPointer = NullFieldException.class,
    defaults = @Value.Immutable(copy = false))
public @interface ModelStyle {}
