/**
 * The embedded default: real PostgreSQL and Redis started beside the JVM when nothing is
 * configured, so one command shows a working portal on a machine with only a JDK.
 */
package cn.zjgh.portal.embedded;
