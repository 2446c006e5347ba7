/**
 * The tamper-evident audit trail: every state change of every aggregate appends an event in the same
 * transaction; each event carries the SHA-256 of the one before, so a changed or deleted row breaks
 * the chain and the verification says where.
 */
package kz.kepil.shared.audit;
