/**
 * The notifications' Faces view beans: the cabinet's notices with the unread ones marked and marked read
 * on request, and the SMS journal filtered by IIN and Almaty days for the akimat. The rules and who sees
 * what stay in {@code notification.application}.
 */
package kz.kepil.notification.web;
