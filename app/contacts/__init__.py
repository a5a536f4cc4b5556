"""The address book of trusted organisations a bundle can be sealed for."""
