//! What parks are drawn from: fuels, products, industries and provinces.
//!
//! The figures are illustrative: plausible orders of magnitude for Chinese
//! industrial parks (DOMAIN.md), not data of any real park or quotations of
//! the limit standards named.

mod fuels;
mod industries;
mod products;

pub(crate) use fuels::{FUELS, Fuel, Use, fuel};
pub(crate) use industries::{
    COKING_INPUT, COKING_OUTPUT, INDUSTRIES, Industry, PROVINCES, Province, Weight,
};
pub(crate) use products::{Limit, PROCESS_PRODUCTS, PRODUCTS, ProcessProduct, Product};

#[cfg(test)]
mod tests {
    use super::{FUELS, INDUSTRIES, PROCESS_PRODUCTS, PRODUCTS};

    /// A misspelt id would silently fall back to another fuel or product.
    #[test]
    fn every_id_an_industry_names_exists() {
        for (industry, _) in &INDUSTRIES {
            for ((fuel, _), _) in industry.fuels {
                assert!(FUELS.iter().any(|f| f.id == *fuel), "{fuel}");
            }
            for product in industry.products {
                assert!(PRODUCTS.iter().any(|p| p.id == *product), "{product}");
            }
            for product in industry.process {
                assert!(
                    PROCESS_PRODUCTS.iter().any(|p| p.id == *product),
                    "{product}"
                );
            }
        }
    }
}
