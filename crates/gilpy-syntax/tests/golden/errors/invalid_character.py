price = 3 €
