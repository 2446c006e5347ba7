/**
 * Paths that exist only on test and demo portals (those whose clock is adjustable), to bring about what
 * a test needs before the flows that would cause it are built; elsewhere they answer 404.
 */
package kz.kepil.platform.testing;
