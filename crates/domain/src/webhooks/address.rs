//! Where a webhook may point: `https` on public addresses only, unless the operator allows
//! insecure URLs for development. Checked on the URL text at creation and again on the resolved
//! addresses at every delivery (DNS can change between the two).

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

/// Longest URL accepted (the contract's limit).
pub const MAX_URL_LEN: usize = 2048;

/// The server's setting for webhook destinations.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct UrlPolicy {
    /// Allows `http` and loopback/private addresses (development and tests only).
    pub allow_insecure: bool,
}

impl UrlPolicy {
    /// Checks a URL's text; `Err` says why, for the client.
    pub fn check_url(&self, raw: &str) -> Result<url::Url, String> {
        let raw = raw.trim();
        if raw.is_empty() {
            return Err("required".to_owned());
        }
        if raw.len() > MAX_URL_LEN {
            return Err(format!("must be at most {MAX_URL_LEN} characters"));
        }
        let url = url::Url::parse(raw).map_err(|e| format!("must be an absolute URL ({e})"))?;
        match url.scheme() {
            "https" => {}
            "http" if self.allow_insecure => {}
            "http" => return Err("must use https".to_owned()),
            other => return Err(format!("must use https, not `{other}`")),
        }
        if !url.username().is_empty() || url.password().is_some() {
            return Err("must not contain credentials".to_owned());
        }
        let host = match url.host() {
            Some(host) => host,
            None => return Err("must name a host".to_owned()),
        };
        if !self.allow_insecure {
            match host {
                url::Host::Ipv4(ip) if !is_public_ip(IpAddr::V4(ip)) => {
                    return Err(format!("must not point to a private address ({ip})"));
                }
                url::Host::Ipv6(ip) if !is_public_ip(IpAddr::V6(ip)) => {
                    return Err(format!("must not point to a private address ({ip})"));
                }
                url::Host::Domain(name) if is_internal_name(name) => {
                    return Err(format!("must not point to an internal host ({name})"));
                }
                _ => {}
            }
        }
        Ok(url)
    }

    /// Whether a delivery may connect to `ip` (a resolved address of the webhook's host).
    pub fn allows_ip(&self, ip: IpAddr) -> bool {
        self.allow_insecure || is_public_ip(ip)
    }
}

/// Host names that always mean this machine or its private network.
fn is_internal_name(name: &str) -> bool {
    let name = name.trim_end_matches('.').to_ascii_lowercase();
    name == "localhost"
        || name.ends_with(".localhost")
        || name.ends_with(".local")
        || name.ends_with(".internal")
        || name == "metadata.google.internal"
}

/// Whether an address is globally routable: not loopback, private, link-local (the cloud
/// metadata endpoint 169.254.169.254), shared, documentation, multicast or reserved.
pub fn is_public_ip(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(v4) => is_public_v4(v4),
        IpAddr::V6(v6) => is_public_v6(v6),
    }
}

fn is_public_v4(ip: Ipv4Addr) -> bool {
    let [a, b, c, _] = ip.octets();
    !(ip.is_unspecified()
        || ip.is_loopback()
        || ip.is_private()
        || ip.is_link_local()
        || ip.is_broadcast()
        || ip.is_multicast()
        || ip.is_documentation()
        || a == 0
        || (a == 100 && (64..=127).contains(&b)) // shared address space (CGNAT)
        || (a == 192 && b == 0 && c == 0) // IETF protocol assignments
        || (a == 192 && b == 88 && c == 99) // deprecated 6to4 relay anycast
        || (a == 198 && (b == 18 || b == 19)) // benchmarking
        || a >= 240) // reserved
}

/// The IPv4 address written in bits `from..from + 32` of an IPv6 address.
fn embedded_v4(ip: Ipv6Addr, from: u32) -> Ipv4Addr {
    Ipv4Addr::from((u128::from(ip) >> (96 - from)) as u32)
}

/// Whether `ip` lies in `prefix`/`len`.
fn in_prefix(ip: Ipv6Addr, prefix: u128, len: u32) -> bool {
    let mask = if len == 0 {
        0
    } else {
        u128::MAX << (128 - len)
    };
    u128::from(ip) & mask == prefix
}

/// The IPv4 address an IPv6 form stands for, when it embeds one: IPv4-mapped, IPv4-translated,
/// the well-known NAT64 prefix, 6to4 and a Teredo client (whose address is stored inverted).
fn v4_behind(ip: Ipv6Addr) -> Option<Ipv4Addr> {
    const MAPPED: u128 = 0xffff << 32;
    const TRANSLATED: u128 = 0xffff << 48;
    const NAT64: u128 = 0x0064_ff9b << 96;
    const SIX_TO_FOUR: u128 = 0x2002 << 112;
    const TEREDO: u128 = 0x2001_0000 << 96;
    if in_prefix(ip, MAPPED, 96) || in_prefix(ip, TRANSLATED, 96) || in_prefix(ip, NAT64, 96) {
        Some(embedded_v4(ip, 96))
    } else if in_prefix(ip, SIX_TO_FOUR, 16) {
        Some(embedded_v4(ip, 16))
    } else if in_prefix(ip, TEREDO, 32) {
        Some(Ipv4Addr::from(!(u128::from(ip) as u32)))
    } else {
        None
    }
}

/// Special-purpose IPv6 ranges (IANA registry) refused outright, besides the forms that embed an
/// IPv4 address: (prefix, length).
const REFUSED_V6: &[(u128, u32)] = &[
    (0, 96),                           // unspecified, loopback, IPv4-compatible (deprecated)
    (0x0064_ff9b_0001 << 80, 48),      // local-use NAT64
    (0x0100 << 112, 64),               // discard-only
    (0x0100_0000_0000_0001 << 64, 64), // dummy prefix
    (0x2001 << 112, 23),               // IETF protocol assignments (Teredo judged above)
    (0x2001_0db8 << 96, 32),           // documentation
    (0x3fff << 112, 20),               // documentation
    (0x5f00 << 112, 16),               // segment routing SIDs
    (0xfc00 << 112, 7),                // unique local
    (0xfe80 << 112, 10),               // link-local
    (0xfec0 << 112, 10),               // site-local (deprecated)
    (0xff00 << 112, 8),                // multicast
];

fn is_public_v6(ip: Ipv6Addr) -> bool {
    if let Some(v4) = v4_behind(ip) {
        return is_public_v4(v4);
    }
    // only 2000::/3 is allocated as global unicast
    in_prefix(ip, 0x2000 << 112, 3)
        && !REFUSED_V6
            .iter()
            .any(|&(prefix, len)| in_prefix(ip, prefix, len))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every IANA special-purpose range and every form that embeds an IPv4 address, with a
    /// public and a non-public case where the form allows both.
    #[test]
    fn special_purpose_addresses_are_refused_and_embedded_ipv4_is_judged() {
        let cases: &[(&str, bool, &str)] = &[
            ("93.184.216.34", true, "public IPv4"),
            ("8.8.8.8", true, "public IPv4"),
            ("127.0.0.1", false, "loopback"),
            ("10.1.2.3", false, "private"),
            ("172.16.0.1", false, "private"),
            ("192.168.1.1", false, "private"),
            ("169.254.169.254", false, "link-local (cloud metadata)"),
            ("100.64.0.1", false, "shared (CGNAT)"),
            ("0.0.0.0", false, "this network"),
            ("0.1.2.3", false, "this network"),
            ("255.255.255.255", false, "broadcast"),
            ("224.0.0.1", false, "multicast"),
            ("198.18.0.1", false, "benchmarking"),
            ("192.0.0.8", false, "IETF protocol assignments"),
            ("192.0.2.1", false, "documentation"),
            ("198.51.100.7", false, "documentation"),
            ("203.0.113.9", false, "documentation"),
            ("192.88.99.1", false, "6to4 relay anycast"),
            ("240.0.0.1", false, "reserved"),
            ("2606:4700::1111", true, "public IPv6"),
            ("2a00:1450:4001::200e", true, "public IPv6"),
            ("::1", false, "loopback"),
            ("::", false, "unspecified"),
            ("::10.0.0.1", false, "IPv4-compatible (deprecated)"),
            ("::8.8.8.8", false, "IPv4-compatible (deprecated)"),
            ("::ffff:127.0.0.1", false, "IPv4-mapped loopback"),
            ("::ffff:10.0.0.1", false, "IPv4-mapped private"),
            ("::ffff:8.8.8.8", true, "IPv4-mapped public"),
            ("::ffff:0:a00:1", false, "IPv4-translated private"),
            ("::ffff:0:808:808", true, "IPv4-translated public"),
            ("64:ff9b::a9fe:a9fe", false, "NAT64 of link-local"),
            ("64:ff9b::808:808", true, "NAT64 of a public address"),
            ("64:ff9b:1::808:808", false, "local-use NAT64"),
            ("100::1", false, "discard-only"),
            ("100:0:0:1::1", false, "dummy prefix"),
            ("2002:a00:1::1", false, "6to4 of a private address"),
            ("2002:808:808::1", true, "6to4 of a public address"),
            (
                "2001:0:4136:e378:8000:63bf:f5ff:fffe",
                false,
                "Teredo client 10.0.0.1",
            ),
            (
                "2001:0:4136:e378:8000:63bf:f7f7:f7f7",
                true,
                "Teredo client 8.8.8.8",
            ),
            ("2001:2::1", false, "benchmarking"),
            ("2001:20::1", false, "ORCHIDv2"),
            ("2001:db8::1", false, "documentation"),
            ("3fff::1", false, "documentation"),
            ("5f00::1", false, "segment routing"),
            ("fc00::1", false, "unique local"),
            ("fd12:3456::1", false, "unique local"),
            ("fe80::1", false, "link-local"),
            ("fec0::1", false, "site-local"),
            ("ff02::1", false, "multicast"),
            ("4000::1", false, "unallocated (outside 2000::/3)"),
        ];
        for (ip, public, what) in cases {
            let parsed: IpAddr = ip.parse().unwrap();
            assert_eq!(is_public_ip(parsed), *public, "{ip}: {what}");
            let url = match parsed {
                IpAddr::V4(_) => format!("https://{ip}/hook"),
                IpAddr::V6(_) => format!("https://[{ip}]/hook"),
            };
            assert_eq!(
                UrlPolicy::default().check_url(&url).is_ok(),
                *public,
                "{url}: {what}"
            );
        }
    }

    #[test]
    fn urls_must_be_https_and_public_unless_insecure_is_allowed() {
        let strict = UrlPolicy::default();
        assert!(strict.check_url("https://hooks.example.com/x").is_ok());
        for bad in [
            "http://hooks.example.com/x",
            "ftp://hooks.example.com",
            "https://127.0.0.1/x",
            "https://10.0.0.5/x",
            "https://169.254.169.254/latest/meta-data",
            "https://[::1]/x",
            "https://localhost:8443/x",
            "https://user:pw@hooks.example.com/",
            "not a url",
            "",
        ] {
            assert!(strict.check_url(bad).is_err(), "{bad}");
        }
        let long = format!("https://example.com/{}", "a".repeat(MAX_URL_LEN));
        assert!(strict.check_url(&long).is_err());
        let dev = UrlPolicy {
            allow_insecure: true,
        };
        assert!(dev.check_url("http://127.0.0.1:9000/hook").is_ok());
        assert!(dev.check_url("ftp://127.0.0.1/").is_err());
        assert!(dev.allows_ip("127.0.0.1".parse().unwrap()));
        assert!(!strict.allows_ip("127.0.0.1".parse().unwrap()));
    }
}
