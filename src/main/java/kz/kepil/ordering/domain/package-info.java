/** Orders and what binds them: the beneficiary's public contract, signed once per version. */
package kz.kepil.ordering.domain;
