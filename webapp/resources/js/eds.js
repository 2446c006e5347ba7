/*
 * KepilEds: the browser's part of an electronic digital signature. It stands in for the national EDS
 * client: it opens the person's own PKCS#12 key file with their password and makes a detached CMS
 * signature (PKCS#7 SignedData, DER, base64) over the UTF-8 bytes of a text. The private key lives only
 * in the object readKeyFile returns: it is never sent anywhere and never stored.
 *
 * Needs node-forge (global "forge", loaded before this file). Only RSA keys can be used: node-forge
 * knows no GOST algorithm, so a GOST key file is recognised and refused with its own error code.
 */
(function (root, factory) {
    'use strict';
    if (typeof module === 'object' && module.exports) {
        // Node, for tests outside the portal.
        module.exports = factory(require('node-forge'));
    } else {
        root.KepilEds = factory(root.forge);
    }
}(typeof self !== 'undefined' ? self : this, function (forge) {
    'use strict';

    /** Why a key file could not be used or a signature could not be made; the pages localise these. */
    var Codes = Object.freeze({
        NO_FILE: 'NO_FILE',
        NOT_A_KEY_FILE: 'NOT_A_KEY_FILE',
        WRONG_PASSWORD: 'WRONG_PASSWORD',
        GOST_KEY: 'GOST_KEY',
        UNSUPPORTED_KEY: 'UNSUPPORTED_KEY',
        NO_PRIVATE_KEY: 'NO_PRIVATE_KEY',
        NO_CERTIFICATE: 'NO_CERTIFICATE',
        NOT_A_SIGNATURE: 'NOT_A_SIGNATURE',
        LIBRARY_MISSING: 'LIBRARY_MISSING'
    });

    var OID = {
        serialNumber: '2.5.4.5',
        commonName: '2.5.4.3',
        surname: '2.5.4.4',
        givenName: '2.5.4.42',
        organisation: '2.5.4.10',
        organisationalUnit: '2.5.4.11'
    };

    /** Extended key usages of the Kazakh profiles that say who holds the certificate. */
    var HOLDER_ROLES = {
        '1.2.398.3.3.4.1.1': 'INDIVIDUAL',
        '1.2.398.3.3.4.1.2': 'ORGANISATION',
        '1.2.398.3.3.4.1.2.1': 'CEO',
        '1.2.398.3.3.4.1.2.2': 'MAY_SIGN',
        '1.2.398.3.3.4.1.2.3': 'MAY_SIGN_FINANCIAL',
        '1.2.398.3.3.4.1.2.5': 'EMPLOYEE'
    };

    /** GOST R 34.10/34.11 and the Kazakh GOST algorithms all live under these arcs. */
    var GOST_ARCS = ['1.2.643.', '1.2.398.3.10.'];

    function EdsError(code, cause) {
        var error = new Error(code + (cause && cause.message ? ': ' + cause.message : ''));
        error.name = 'EdsError';
        error.code = code;
        error.cause = cause;
        return error;
    }

    function requireForge() {
        if (!forge || !forge.pkcs12 || !forge.pkcs7) {
            throw EdsError(Codes.LIBRARY_MISSING);
        }
    }

    function isGostOid(text) {
        return typeof text === 'string' && GOST_ARCS.some(function (arc) {
            return text.indexOf(arc) !== -1;
        });
    }

    /** Every object identifier in an ASN.1 tree: how a GOST key or certificate that forge cannot parse is recognised. */
    function oidsIn(node, found) {
        found = found || [];
        if (!node) {
            return found;
        }
        if (node.tagClass === forge.asn1.Class.UNIVERSAL && node.type === forge.asn1.Type.OID
                && typeof node.value === 'string') {
            try {
                found.push(forge.asn1.derToOid(node.value));
            } catch (ignored) {
                // Not a well-formed identifier: it names nothing.
            }
        } else if (Array.isArray(node.value)) {
            node.value.forEach(function (child) {
                oidsIn(child, found);
            });
        }
        return found;
    }

    /** Bytes of a File, Blob, ArrayBuffer or typed array, as the binary string forge works with. */
    function binaryOf(source) {
        if (source && typeof source.arrayBuffer === 'function' && !(source instanceof ArrayBuffer)) {
            return source.arrayBuffer().then(binaryOf);
        }
        var bytes;
        if (source instanceof ArrayBuffer) {
            bytes = new Uint8Array(source);
        } else if (source && source.buffer instanceof ArrayBuffer) {
            bytes = new Uint8Array(source.buffer, source.byteOffset, source.byteLength);
        } else {
            return Promise.reject(EdsError(Codes.NO_FILE));
        }
        var chunks = [];
        // In slices: String.fromCharCode.apply on a whole file would overflow the call stack.
        for (var i = 0; i < bytes.length; i += 0x8000) {
            chunks.push(String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000)));
        }
        return Promise.resolve(chunks.join(''));
    }

    /** The meaning of a failure inside forge's PKCS#12 reader, from its message and the OID it names. */
    function classifyReadError(error) {
        var text = String(error && error.message || '') + ' ' + String(error && error.oid || '');
        if (error && error.oid && typeof error.oid === 'string' && error.oid.indexOf('.') === -1) {
            // Some errors carry the OID still DER-encoded.
            try {
                text += ' ' + forge.asn1.derToOid(error.oid);
            } catch (ignored) {
                // Left as it is.
            }
        }
        if (isGostOid(text)) {
            return Codes.GOST_KEY;
        }
        if (/password/i.test(text)) {
            return Codes.WRONG_PASSWORD;
        }
        if (/unsupported/i.test(text)) {
            return Codes.UNSUPPORTED_KEY;
        }
        return Codes.NOT_A_KEY_FILE;
    }

    /** A subject attribute's text; UTF8String and BMPString are decoded here because forge leaves them raw. */
    function field(name, oid) {
        var attribute = name.getField({type: oid});
        if (!attribute || attribute.value == null) {
            return null;
        }
        var value = String(attribute.value);
        if (attribute.valueTagClass === forge.asn1.Type.UTF8) {
            try {
                value = forge.util.decodeUtf8(value);
            } catch (alreadyDecoded) {
                // Characters beyond one byte: the text was decoded already.
            }
        } else if (attribute.valueTagClass === forge.asn1.Type.BMPSTRING) {
            var decoded = '';
            for (var i = 0; i + 1 < value.length; i += 2) {
                decoded += String.fromCharCode((value.charCodeAt(i) << 8) | value.charCodeAt(i + 1));
            }
            value = decoded;
        }
        return value.trim() || null;
    }

    function withoutPrefix(value, prefix) {
        if (value && value.toUpperCase().indexOf(prefix) === 0) {
            return value.substring(prefix.length);
        }
        return null;
    }

    /** Who a certificate names, as the Kazakh profile writes it: SERIALNUMBER=IIN…, OU=BIN…, CN, O. */
    function subjectOf(certificate) {
        var name = certificate.subject;
        var units = name.attributes.filter(function (a) {
            return a.type === OID.organisationalUnit;
        }).map(function (a) {
            return String(a.value);
        });
        var bin = null;
        units.some(function (unit) {
            bin = withoutPrefix(unit.trim(), 'BIN');
            return bin !== null;
        });
        return {
            commonName: field(name, OID.commonName),
            surname: field(name, OID.surname),
            givenName: field(name, OID.givenName),
            iin: withoutPrefix(field(name, OID.serialNumber), 'IIN'),
            bin: bin,
            organisation: field(name, OID.organisation)
        };
    }

    /**
     * What the key is for. The authentication key carries the clientAuth extended key usage; the
     * signing key carries non-repudiation. Anything else is left for the server to judge.
     */
    function usageOf(certificate) {
        var extended = certificate.getExtension('extKeyUsage');
        if (extended && extended.clientAuth) {
            return 'auth';
        }
        var usage = certificate.getExtension('keyUsage');
        if (usage && usage.nonRepudiation) {
            return 'sign';
        }
        return 'unknown';
    }

    function holderRolesOf(certificate) {
        var extended = certificate.getExtension('extKeyUsage');
        if (!extended) {
            return [];
        }
        return Object.keys(HOLDER_ROLES).filter(function (oid) {
            return extended[oid] === true;
        }).map(function (oid) {
            return HOLDER_ROLES[oid];
        });
    }

    function sameRsaKey(certificate, privateKey) {
        var publicKey = certificate.publicKey;
        return publicKey && publicKey.n && privateKey.n
                && publicKey.n.equals(privateKey.n) && publicKey.e.equals(privateKey.e);
    }

    function bagsOf(p12, type) {
        return p12.getBags({bagType: type})[type] || [];
    }

    /** Picks the key and its certificate out of an opened PKCS#12 and describes them. */
    function describe(p12) {
        var keyBags = bagsOf(p12, forge.pki.oids.pkcs8ShroudedKeyBag).concat(bagsOf(p12, forge.pki.oids.keyBag));
        var certBags = bagsOf(p12, forge.pki.oids.certBag);
        var unreadable = keyBags.filter(function (bag) {
            return !bag.key;
        }).concat(certBags.filter(function (bag) {
            return !bag.cert;
        }));
        var gost = unreadable.some(function (bag) {
            return oidsIn(bag.asn1).some(isGostOid);
        });
        var keys = keyBags.filter(function (bag) {
            return bag.key;
        }).map(function (bag) {
            return bag.key;
        });
        if (keys.length === 0) {
            throw EdsError(gost ? Codes.GOST_KEY : (keyBags.length > 0 ? Codes.UNSUPPORTED_KEY : Codes.NO_PRIVATE_KEY));
        }
        var certificates = certBags.filter(function (bag) {
            return bag.cert;
        }).map(function (bag) {
            return bag.cert;
        });
        for (var k = 0; k < keys.length; k++) {
            for (var c = 0; c < certificates.length; c++) {
                if (sameRsaKey(certificates[c], keys[k])) {
                    var certificate = certificates[c];
                    return {
                        privateKey: keys[k],
                        certificate: certificate,
                        chain: certificates.filter(function (other) {
                            return other !== certificate;
                        }),
                        subject: subjectOf(certificate),
                        holderRoles: holderRolesOf(certificate),
                        serialNumber: certificate.serialNumber,
                        issuer: field(certificate.issuer, OID.commonName),
                        notBefore: certificate.validity.notBefore,
                        notAfter: certificate.validity.notAfter,
                        usage: usageOf(certificate)
                    };
                }
            }
        }
        throw EdsError(gost ? Codes.GOST_KEY : Codes.NO_CERTIFICATE);
    }

    /**
     * Opens a PKCS#12 (.p12, .pfx) key file with its password.
     *
     * @param file a File or Blob (or, outside the browser, an ArrayBuffer or typed array)
     * @param password the key file's password
     * @return a Promise of {privateKey, certificate, chain, subject: {commonName, iin, bin, organisation,
     *         surname, givenName}, holderRoles, serialNumber, issuer, notBefore, notAfter,
     *         usage: 'auth'|'sign'|'unknown'}, rejected with an error whose code is one of KepilEds.Codes
     */
    function readKeyFile(file, password) {
        try {
            requireForge();
        } catch (error) {
            return Promise.reject(error);
        }
        if (!file) {
            return Promise.reject(EdsError(Codes.NO_FILE));
        }
        return binaryOf(file).then(function (binary) {
            var der;
            try {
                der = forge.asn1.fromDer(binary);
            } catch (error) {
                throw EdsError(Codes.NOT_A_KEY_FILE, error);
            }
            var p12;
            try {
                p12 = forge.pkcs12.pkcs12FromAsn1(der, false, password == null ? '' : String(password));
            } catch (error) {
                throw EdsError(classifyReadError(error), error);
            }
            return describe(p12);
        });
    }

    /**
     * Signs the UTF-8 bytes of a text: a detached CMS SignedData with the signer's certificate and the
     * signed attributes content-type, signing-time and message-digest, SHA-256 with RSA.
     *
     * @param keyInfo what readKeyFile gave
     * @param text the exact text to sign
     * @param options optional {signingTime: Date}; the browser's clock otherwise
     * @return the signature, DER, base64
     */
    function signDetached(keyInfo, text, options) {
        requireForge();
        if (!keyInfo || !keyInfo.privateKey || !keyInfo.certificate) {
            throw EdsError(Codes.NO_PRIVATE_KEY);
        }
        var signingTime = options && options.signingTime instanceof Date && !isNaN(options.signingTime.getTime())
                ? options.signingTime : new Date();
        var p7 = forge.pkcs7.createSignedData();
        p7.content = forge.util.createBuffer(forge.util.encodeUtf8(String(text)));
        p7.addCertificate(keyInfo.certificate);
        p7.addSigner({
            key: keyInfo.privateKey,
            certificate: keyInfo.certificate,
            digestAlgorithm: forge.pki.oids.sha256,
            // Listed in DER order (by encoded length: 24, 28 and 47 bytes), because forge signs the
            // set in the order given while verifiers re-encode it sorted as DER requires.
            authenticatedAttributes: [
                {type: forge.pki.oids.contentType, value: forge.pki.oids.data},
                {type: forge.pki.oids.signingTime, value: signingTime},
                {type: forge.pki.oids.messageDigest}
            ]
        });
        p7.sign({detached: true});
        return forge.util.encode64(forge.asn1.toDer(p7.toAsn1()).getBytes());
    }

    /**
     * A signature as the verification API takes it (base64 of the DER), from a signature file's bytes
     * (DER, base64 text or PEM) or from pasted text (base64 or PEM).
     *
     * @param input a binary string of a file's bytes, or pasted text
     * @return base64 without line breaks
     */
    function signatureToBase64(input) {
        requireForge();
        var text = String(input == null ? '' : input);
        if (text.length > 0 && text.charCodeAt(0) === 0x30) {
            // Raw DER: a CMS ContentInfo starts with a SEQUENCE.
            return forge.util.encode64(text);
        }
        var body = text.replace(/-----(BEGIN|END)[^-]*-----/g, '').replace(/\s+/g, '');
        if (!/^[A-Za-z0-9+/]+={0,2}$/.test(body) || body.length % 4 !== 0) {
            throw EdsError(Codes.NOT_A_SIGNATURE);
        }
        var decoded = forge.util.decode64(body);
        if (decoded.length === 0 || decoded.charCodeAt(0) !== 0x30) {
            throw EdsError(Codes.NOT_A_SIGNATURE);
        }
        return body;
    }

    /** A base64 signature as bytes, for a download. */
    function base64ToBytes(base64) {
        requireForge();
        var binary = forge.util.decode64(base64);
        var bytes = new Uint8Array(binary.length);
        for (var i = 0; i < binary.length; i++) {
            bytes[i] = binary.charCodeAt(i);
        }
        return bytes;
    }

    return Object.freeze({
        Codes: Codes,
        readKeyFile: readKeyFile,
        signDetached: signDetached,
        signatureToBase64: signatureToBase64,
        base64ToBytes: base64ToBytes,
        binaryOf: binaryOf
    });
}));
