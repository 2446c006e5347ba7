/**
 * The ordering pages: the beneficiary's public contract, the order wizard, their orders and each order's
 * progress with the signing steps; the supplier's order inbox and order page; the akimat's view of orders
 * and overdue decisions. Every change goes through {@link kz.kepil.ordering.application.Orders}; signing
 * happens in the browser against the REST API.
 */
package kz.kepil.ordering.web;
