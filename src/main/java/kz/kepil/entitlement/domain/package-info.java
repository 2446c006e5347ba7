/**
 * The measure and its selection window: when a beneficiary may choose, when they are reminded, when
 * selection is blocked, and what closes a measure.
 */
package kz.kepil.entitlement.domain;
