/** The ordering API; so far the beneficiary's public contract. */
package kz.kepil.ordering.api;
