package org.shangliang.deliberation.validation;

/** How much a violation matters. */
public enum Severity {
  /** The record breaks a procedure rule: it is not compliant. */
  ERROR,
  /** The record departs from the usual procedure in a way that is allowed but worth attention. */
  WARNING,
  /** A remark that needs no action. */
  INFO
}
