#!/usr/bin/env bash
# Makes the demo IKI (TEST ONLY) with the openssl command line, and signs the example submissions with it.
#
#   docs/examples/demo-pki/    the CA certificates, their CRLs, and the file-signing keys and certificates
#                              of the demo parties. Every key here is a TEST-ONLY key, published on purpose
#                              so that anyone can sign a demo form; none of them may ever be trusted outside
#                              the demo.
#   src/main/resources/demo/iki/  the two CA certificates and CRLs the server loads in demo mode.
#   docs/examples/<example>/   form.csv and form.csv.p7s (detached CMS, DER): see docs/examples/README.md.
#
# The CAs and certificates are valid for ten years and the CRLs have a nextUpdate ten years ahead, so the
# demo keeps working without a CA key on the server. Run it again to make a new demo IKI (then restart the
# demo server with a fresh database, as the old anchors stay registered).
set -euo pipefail
cd "$(dirname "$0")"
PKI=demo-pki
SERVER=../../src/main/resources/demo/iki
DAYS=3650
rm -rf "$PKI" && mkdir -p "$PKI" "$SERVER"
cat > "$PKI/TEST-ONLY-KEYS.txt" <<TXT
TEST ONLY. These keys and certificates form the demo IKI of the SEC governance system's demo mode.
The private keys are published on purpose so that anyone can sign a demo CPL submission form.
Never register these CA certificates in a real installation. Made by ../make-demo-pki.sh.
TXT
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

ca_config() { # $1 = CA name: an openssl ca configuration, only used to issue CRLs
    mkdir -p "$work/$1" && : > "$work/$1/index.txt" && echo 1000 > "$work/$1/crlnumber"
    cat > "$work/$1/ca.cnf" <<CNF
[ ca ]
default_ca = demo
[ demo ]
database = $work/$1/index.txt
crlnumber = $work/$1/crlnumber
default_md = sha256
default_crl_days = $DAYS
CNF
}

# Root and issuing CA: RSA-2048, SHA-256, keyCertSign and cRLSign (critical).
openssl req -x509 -newkey rsa:2048 -nodes -sha256 -days $DAYS -keyout "$PKI/root-ca.key" -out "$PKI/root-ca.pem" \
    -subj "/C=GB/O=Demo IKI TEST ONLY/OU=DCC/CN=Demo IKI Root CA (TEST ONLY)" \
    -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" 2>/dev/null
openssl req -new -newkey rsa:2048 -nodes -keyout "$PKI/issuing-ca.key" -out "$work/issuing.csr" \
    -subj "/C=GB/O=Demo IKI TEST ONLY/OU=DCC/CN=Demo IKI Issuing CA (TEST ONLY)" 2>/dev/null
printf 'basicConstraints=critical,CA:TRUE,pathlen:0\nkeyUsage=critical,keyCertSign,cRLSign\nsubjectKeyIdentifier=hash\nauthorityKeyIdentifier=keyid\n' > "$work/ca.ext"
openssl x509 -req -in "$work/issuing.csr" -CA "$PKI/root-ca.pem" -CAkey "$PKI/root-ca.key" -set_serial 0x1001 \
    -days $DAYS -sha256 -extfile "$work/ca.ext" -out "$PKI/issuing-ca.pem" 2>/dev/null

# File-signing certificates of the demo parties, by their IKI organisation names (IKI profile: O = trading
# name, OU = role code, CN = system name; digitalSignature, critical). The manufacturer's key is ECDSA P-256,
# the others RSA-2048, so the demo shows both algorithms the CPL accepts.
printf 'basicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature\nsubjectKeyIdentifier=hash\nauthorityKeyIdentifier=keyid\n' > "$work/ee.ext"
serial=0x2001
issue() { # $1 = file name, $2 = key algorithm option, $3 = subject
    openssl req -new -newkey "$2" -nodes -keyout "$PKI/$1.key" -out "$work/$1.csr" -subj "$3" 2>/dev/null
    openssl x509 -req -in "$work/$1.csr" -CA "$PKI/issuing-ca.pem" -CAkey "$PKI/issuing-ca.key" \
        -set_serial $serial -days $DAYS -sha256 -extfile "$work/ee.ext" -out "$PKI/$1.pem" 2>/dev/null
    serial=$((serial + 1))
}
issue meterworks ec:<(openssl ecparam -name prime256v1) "/C=GB/O=Meterworks Manufacturing Ltd/OU=MFR/CN=Demo file signing (TEST ONLY)"
issue bright-energy rsa:2048 "/C=GB/O=Bright Energy Ltd/OU=SUP/CN=Demo file signing (TEST ONLY)"
issue volt-supply rsa:2048 "/C=GB/O=Volt Supply Ltd/OU=SUP/CN=Demo file signing (TEST ONLY)"
issue smart-dcc rsa:2048 "/C=GB/O=Smart DCC Ltd/OU=DCC/CN=Demo file signing (TEST ONLY)"

# Empty CRLs of both CAs, signed by their issuers.
for ca in root-ca issuing-ca; do
    ca_config $ca
    openssl ca -config "$work/$ca/ca.cnf" -gencrl -keyfile "$PKI/$ca.key" -cert "$PKI/$ca.pem" -out "$work/$ca.crl" 2>/dev/null
    openssl crl -in "$work/$ca.crl" -outform DER -out "$PKI/$ca.crl"
done
cp "$PKI/root-ca.pem" "$PKI/issuing-ca.pem" "$PKI/root-ca.crl" "$PKI/issuing-ca.crl" "$SERVER/"

# The examples. The manufacturer signs the exact bytes of the form (detached, DER); the supplier's endorsement
# is a second, parallel SignerInfo added by `openssl cms -resign`.
sign() { # $1 = example directory, $2 = endorser file name
    openssl cms -sign -binary -md sha256 -outform DER -in "$1/form.csv" -signer "$PKI/meterworks.pem" \
        -inkey "$PKI/meterworks.key" -certfile "$PKI/issuing-ca.pem" -out "$work/manufacturer.p7s"
    openssl cms -resign -binary -md sha256 -inform DER -outform DER -in "$work/manufacturer.p7s" \
        -content "$1/form.csv" -signer "$PKI/$2.pem" -inkey "$PKI/$2.key" -out "$1/form.csv.p7s"
}
sign passes bright-energy
sign conflict bright-energy
# A bad signature: a correct signature over the form as the manufacturer sent it; the Hash in the form was
# changed afterwards (form.csv here is the changed file).
sed -i 's/0b7e2cbd5f4a1c93e6d8f0a2b4c6d8e0f1a3b5c7d9e1f3a5b7c9d1e3f5a7b9c2/0b7e2cbd5f4a1c93e6d8f0a2b4c6d8e0f1a3b5c7d9e1f3a5b7c9d1e3f5a7b9c1/' bad-signature/form.csv
sign bad-signature bright-energy
sed -i 's/0b7e2cbd5f4a1c93e6d8f0a2b4c6d8e0f1a3b5c7d9e1f3a5b7c9d1e3f5a7b9c1/0b7e2cbd5f4a1c93e6d8f0a2b4c6d8e0f1a3b5c7d9e1f3a5b7c9d1e3f5a7b9c2/' bad-signature/form.csv
echo "Demo IKI and signed examples written (TEST ONLY keys in $PKI/)"
