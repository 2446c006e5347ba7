/**
 * Value objects every bounded context shares: the Kazakh identifiers {@link kz.kepil.shared.domain.Iin} and
 * {@link kz.kepil.shared.domain.Bin}, tenge amounts as {@link kz.kepil.shared.domain.Money}, and the Kazakhstan
 * working-day calendar that all deadlines are counted on. Everything here is validated on construction and
 * immutable, so a service that holds one never has to check it again.
 */
package kz.kepil.shared.domain;
