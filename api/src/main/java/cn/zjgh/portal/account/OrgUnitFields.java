package cn.zjgh.portal.account;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import cn.zjgh.portal.shared.OrgUnitEntity;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.PropertyDataFetcher;
import graphql.schema.idl.FieldWiringEnvironment;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.WiringFactory;
import org.dataloader.DataLoader;
import reactor.core.publisher.Mono;

import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

/**
 * The {@code orgUnit} (an event's {@code organizer}) of every row that belongs to an org
 * unit ({@link OrgUnitEntity}), whatever its GraphQL type: the units of one request's
 * rows are read in one batch, by id. Only fields that no controller maps are served here;
 * where the object holds its unit itself (a payload, a member card) it is read as a
 * property.
 */
@Component
class OrgUnitFields implements RuntimeWiringConfigurer {

	private static final String LOADER = "orgUnitsById";

	private static final Set<String> FIELDS = Set.of("orgUnit", "organizer");

	OrgUnitFields(BatchLoaderRegistry loaders, OrgUnitDirectory orgUnits) {
		loaders.<Long, OrgUnit>forName(LOADER)
			.registerMappedBatchLoader((ids, environment) -> Mono.fromSupplier(() -> orgUnits.findAll(ids)));
	}

	@Override
	public void configure(RuntimeWiring.Builder builder) {
	}

	@Override
	public void configure(RuntimeWiring.Builder builder, List<WiringFactory> factories) {
		factories.add(new UnitOfRow());
	}

	private static final class UnitOfRow implements WiringFactory {

		@Override
		public DataFetcher<?> getDefaultDataFetcher(FieldWiringEnvironment environment) {
			String field = environment.getFieldDefinition().getName();
			boolean unit = "OrgUnit".equals(GraphQLTypeUtil.unwrapAll(environment.getFieldType()).getName());
			if (!unit || !FIELDS.contains(field)) {
				return null;
			}
			DataFetcher<?> property = PropertyDataFetcher.fetching(field);
			return (fetching) -> {
				if (!(fetching.getSource() instanceof OrgUnitEntity row)) {
					return property.get(fetching);
				}
				if (row.getOrgUnitId() == null) {
					return CompletableFuture.completedFuture(null);
				}
				DataLoader<Long, OrgUnit> loader = fetching.getDataLoader(LOADER);
				return loader.load(row.getOrgUnitId());
			};
		}

	}

}
