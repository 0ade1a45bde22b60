/**
 * Spring Boot auto-configuration of Shangliang (商量): {@link
 * org.shangliang.deliberation.spring.ShangliangAutoConfiguration} makes a validator and obligations
 * from {@code shangliang.*} properties ({@link org.shangliang.deliberation.spring.ShangliangProperties}),
 * registers the JSON module with Boot's {@code ObjectMapper}, renders messages through Spring's
 * {@code MessageSource} ({@link org.shangliang.deliberation.spring.DeliberationMessages}) and answers
 * malformed documents with RFC 9457 problem details ({@link
 * org.shangliang.deliberation.spring.DeliberationProblemHandler}).
 */
package org.shangliang.deliberation.spring;
