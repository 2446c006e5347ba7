/**
 * The one clock every component asks for the time. In a test or demo portal it can be moved forward
 * (deadlines of days and months are then testable end to end); in production it cannot.
 */
package kz.kepil.platform.clock;
