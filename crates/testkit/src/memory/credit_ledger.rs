use chrono::{DateTime, Utc};
use sourcing_domain::credits::{
    CreditError, Reservation, ReservationState, ReserveRequest, UsageKind, UsageReport,
    check_amount, hold, same_reservation, split_settlement,
};
use sourcing_domain::errors::RepositoryError;
use sourcing_domain::ids::CompanyId;
use sourcing_domain::ports::CreditLedger;

use super::{Charge, Held, InMemoryCompanyRepository, Shared, Store, now};

/// In-memory `CreditLedger` over the balances of an [`InMemoryCompanyRepository`].
#[derive(Debug, Clone)]
pub struct InMemoryCreditLedger {
    store: Shared,
}

impl InMemoryCreditLedger {
    /// The ledger of these companies (shares their store).
    pub fn new(companies: &InMemoryCompanyRepository) -> Self {
        Self {
            store: companies.store.clone(),
        }
    }
}

fn not_found() -> CreditError {
    CreditError::Repository(RepositoryError::NotFound)
}

fn balance_of(store: &Store, company: CompanyId) -> Result<i64, CreditError> {
    store
        .companies
        .get(&company)
        .map(|c| c.balance)
        .ok_or_else(not_found)
}

/// `CreditLedger::reserve` on a locked store (the run fake reserves under the same lock).
pub(super) fn reserve_in(
    store: &mut Store,
    company: CompanyId,
    request: ReserveRequest,
) -> Result<Reservation, CreditError> {
    check_amount(request.amount)?;
    let Store {
        companies,
        reservations,
        ..
    } = store;
    let owner = companies.get_mut(&company).ok_or_else(not_found)?;
    let slot = (company, request.key.clone());
    if let Some(existing) = reservations.get(&slot) {
        let r = &existing.reservation;
        same_reservation(r.amount, r.kind.as_str(), &request)?;
        return Ok(r.clone());
    }
    // the domain decides the hold; this store enforces exactly it
    let hold = hold(owner.billing, request.amount);
    if let Some(cover) = hold.must_cover
        && owner.balance < cover
    {
        return Err(CreditError::InsufficientFunds {
            needed: cover,
            available: owner.balance,
        });
    }
    owner.balance -= hold.debit;
    let prepaid = hold.must_cover.is_some();
    let reservation = Reservation {
        key: request.key,
        amount: request.amount,
        kind: request.kind,
        state: ReservationState::Reserved,
        newly_created: false,
    };
    reservations.insert(
        slot,
        Held {
            reservation: reservation.clone(),
            prepaid,
        },
    );
    Ok(Reservation {
        newly_created: true,
        ..reservation
    })
}

/// `CreditLedger::settle` on a locked store (the run fake settles under the same lock).
pub(super) fn settle_in(
    store: &mut Store,
    company: CompanyId,
    key: String,
    used: i64,
) -> Result<Reservation, CreditError> {
    let Store {
        companies,
        reservations,
        charges,
        ..
    } = store;
    let owner = companies.get_mut(&company).ok_or_else(not_found)?;
    let held = reservations
        .get_mut(&(company, key))
        .ok_or_else(not_found)?;
    if held.reservation.state != ReservationState::Reserved {
        return Ok(held.reservation.clone());
    }
    let split = split_settlement(held.reservation.amount, used);
    if held.prepaid {
        owner.balance += split.released;
    }
    if split.charged > 0 {
        charges.push(Charge {
            company,
            kind: held.reservation.kind,
            used: split.charged,
            at: now(),
        });
    }
    held.reservation.state = ReservationState::Settled {
        used: split.charged,
    };
    Ok(held.reservation.clone())
}

impl CreditLedger for InMemoryCreditLedger {
    async fn balance(&self, company: CompanyId) -> Result<i64, CreditError> {
        balance_of(&self.store.lock(), company)
    }

    async fn grant(
        &self,
        company: CompanyId,
        amount: i64,
        key: String,
    ) -> Result<i64, CreditError> {
        check_amount(amount)?;
        let mut store = self.store.lock();
        let balance = balance_of(&store, company)?;
        if !store.grant_keys.insert((company, key)) {
            return Ok(balance);
        }
        let after = balance + amount;
        if let Some(c) = store.companies.get_mut(&company) {
            c.balance = after;
        }
        Ok(after)
    }

    async fn reserve(
        &self,
        company: CompanyId,
        request: ReserveRequest,
    ) -> Result<Reservation, CreditError> {
        reserve_in(&mut self.store.lock(), company, request)
    }

    async fn settle(
        &self,
        company: CompanyId,
        key: String,
        used: i64,
    ) -> Result<Reservation, CreditError> {
        settle_in(&mut self.store.lock(), company, key, used)
    }

    async fn usage(
        &self,
        company: CompanyId,
        start: DateTime<Utc>,
        end: DateTime<Utc>,
    ) -> Result<UsageReport, CreditError> {
        let store = self.store.lock();
        let balance = balance_of(&store, company)?;
        let used = UsageKind::ALL
            .into_iter()
            .map(|kind| {
                let total = store
                    .charges
                    .iter()
                    .filter(|c| c.company == company && c.kind == kind)
                    .filter(|c| start <= c.at && c.at < end)
                    .map(|c| c.used)
                    .sum();
                (kind, total)
            })
            .collect();
        Ok(UsageReport {
            start,
            end,
            balance,
            used,
        })
    }
}
