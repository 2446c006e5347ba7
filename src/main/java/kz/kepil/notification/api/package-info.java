/** The SMS journal for akimats, the authorised body and auditors, and each user's own cabinet notices. */
package kz.kepil.notification.api;
