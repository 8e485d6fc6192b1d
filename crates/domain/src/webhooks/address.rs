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
        || (a == 198 && (b == 18 || b == 19)) // benchmarking
        || a >= 240) // reserved
}

fn is_public_v6(ip: Ipv6Addr) -> bool {
    if let Some(v4) = ip.to_ipv4_mapped() {
        return is_public_v4(v4);
    }
    let seg = ip.segments();
    // NAT64 (64:ff9b::/96) embeds an IPv4 address
    if seg[0] == 0x64 && seg[1] == 0xff9b && seg[2..6].iter().all(|s| *s == 0) {
        let v4 = Ipv4Addr::new(
            (seg[6] >> 8) as u8,
            seg[6] as u8,
            (seg[7] >> 8) as u8,
            seg[7] as u8,
        );
        return is_public_v4(v4);
    }
    !(ip.is_unspecified()
        || ip.is_loopback()
        || ip.is_multicast()
        || (seg[0] & 0xfe00) == 0xfc00 // unique local
        || (seg[0] & 0xffc0) == 0xfe80 // link-local
        || (seg[0] & 0xffc0) == 0xfec0 // site-local (deprecated)
        || (seg[0] == 0x2001 && seg[1] == 0x0db8) // documentation
        || seg[0..6].iter().all(|s| *s == 0)) // IPv4-compatible and other ::/96
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn private_and_special_addresses_are_not_public() {
        for ip in [
            "127.0.0.1",
            "10.1.2.3",
            "172.16.0.1",
            "192.168.1.1",
            "169.254.169.254",
            "100.64.0.1",
            "0.0.0.0",
            "255.255.255.255",
            "224.0.0.1",
            "198.18.0.1",
            "192.0.2.1",
            "::1",
            "::",
            "fc00::1",
            "fd12:3456::1",
            "fe80::1",
            "::ffff:127.0.0.1",
            "::ffff:10.0.0.1",
            "64:ff9b::a9fe:a9fe",
            "2001:db8::1",
        ] {
            assert!(!is_public_ip(ip.parse().unwrap()), "{ip}");
        }
        for ip in [
            "93.184.216.34",
            "8.8.8.8",
            "2606:4700::1111",
            "::ffff:8.8.8.8",
        ] {
            assert!(is_public_ip(ip.parse().unwrap()), "{ip}");
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
