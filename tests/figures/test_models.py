from decimal import Decimal

import pytest
from django.db import IntegrityError, transaction

from figures.models import IndicatorValue
from tests.factories import IndicatorFactory, MunicipalityFactory


@pytest.mark.parametrize("national", [True, False])
def test_one_value_per_indicator_municipality_or_country_and_period(db, national):
    indicator = IndicatorFactory()
    place = None if national else MunicipalityFactory()
    IndicatorValue.objects.create(indicator=indicator, municipality=place, period="2023JJ00", value=Decimal(1))

    with pytest.raises(IntegrityError), transaction.atomic():
        IndicatorValue.objects.create(indicator=indicator, municipality=place, period="2023JJ00", value=Decimal(2))
    IndicatorValue.objects.create(indicator=indicator, municipality=place, period="2024JJ00", value=Decimal(2))


def test_values_read_as_their_indicator_writes_them(db):
    share = IndicatorFactory(unit="%", decimals=1)
    count = IndicatorFactory(unit="inwoners", decimals=0)
    assert share.format_value(Decimal("8.6")) == "8,6%"
    assert count.format_value(Decimal("242218")) == "242.218 inwoners"
