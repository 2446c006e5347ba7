/** The ordering use cases; so far the beneficiary's public contract, which every order requires. */
package kz.kepil.ordering.application;
