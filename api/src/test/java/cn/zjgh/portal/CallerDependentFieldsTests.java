package cn.zjgh.portal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import cn.zjgh.portal.account.Caller;
import graphql.language.Directive;
import graphql.language.EnumValue;
import graphql.language.FieldDefinition;
import graphql.language.IntValue;
import graphql.language.ObjectTypeDefinition;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.util.ClassUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The response cache shares a response between callers, with and without a token, when
 * every field the document selects is public. So every field whose answer depends on who
 * asks (its resolver takes the caller) must say {@code @cacheControl(scope: PRIVATE)},
 * and no root field that depends on the caller may declare a {@code maxAge}.
 */
class CallerDependentFieldsTests {

	@Test
	void everyFieldThatReadsTheCallerIsPrivate() throws Exception {
		TypeDefinitionRegistry schema = schema();
		List<String> callerDependent = new ArrayList<>();
		List<String> shared = new ArrayList<>();
		for (Method method : mappings()) {
			if (!readsTheCaller(method)) {
				continue;
			}
			String type = typeName(method);
			String field = fieldName(method);
			if ("Mutation".equals(type)) {
				continue;
			}
			callerDependent.add(type + "." + field);
			Optional<Directive> hint = field(schema, type, field)
				.flatMap((definition) -> definition.getDirectives("cacheControl").stream().findFirst());
			boolean isPrivate = hint.map((directive) -> directive.getArgument("scope"))
				.map((argument) -> argument.getValue() instanceof EnumValue value && "PRIVATE".equals(value.getName()))
				.orElse(false);
			boolean hasMaxAge = hint.map((directive) -> directive.getArgument("maxAge"))
				.map((argument) -> argument.getValue() instanceof IntValue)
				.orElse(false);
			if (!isPrivate && (!"Query".equals(type) || hasMaxAge)) {
				shared.add(type + "." + field);
			}
		}
		assertThat(callerDependent).as("the scan finds the resolvers that read the caller")
			.contains("Event.myRegistration", "ReadingRoom.deskCode", "Story.likedByMe");
		assertThat(shared).as("fields that read the caller but may be shared").isEmpty();
	}

	private static List<Method> mappings() throws ClassNotFoundException {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AnnotationTypeFilter(Controller.class));
		List<Method> methods = new ArrayList<>();
		for (BeanDefinition candidate : scanner.findCandidateComponents("cn.zjgh.portal")) {
			Class<?> controller = ClassUtils.forName(candidate.getBeanClassName(), null);
			for (Method method : controller.getDeclaredMethods()) {
				if (AnnotatedElementUtils.hasAnnotation(method, SchemaMapping.class)
						|| AnnotatedElementUtils.hasAnnotation(method, BatchMapping.class)) {
					methods.add(method);
				}
			}
		}
		return methods;
	}

	private static boolean readsTheCaller(Method method) {
		return Stream.of(method.getParameters())
			.anyMatch((parameter) -> parameter.isAnnotationPresent(AuthenticationPrincipal.class)
					|| Caller.class.equals(parameter.getType()) || Principal.class.isAssignableFrom(parameter.getType())
					|| Authentication.class.isAssignableFrom(parameter.getType()));
	}

	private static String typeName(Method method) {
		SchemaMapping schemaMapping = AnnotatedElementUtils.findMergedAnnotation(method, SchemaMapping.class);
		if (schemaMapping != null && !schemaMapping.typeName().isEmpty()) {
			return schemaMapping.typeName();
		}
		BatchMapping batchMapping = AnnotatedElementUtils.findMergedAnnotation(method, BatchMapping.class);
		if (batchMapping != null && !batchMapping.typeName().isEmpty()) {
			return batchMapping.typeName();
		}
		SchemaMapping onClass = AnnotatedElementUtils.findMergedAnnotation(method.getDeclaringClass(),
				SchemaMapping.class);
		if (onClass != null && !onClass.typeName().isEmpty()) {
			return onClass.typeName();
		}
		Parameter source = method.getParameters()[0];
		if (Collection.class.isAssignableFrom(source.getType())
				&& source.getParameterizedType() instanceof ParameterizedType list) {
			return ((Class<?>) list.getActualTypeArguments()[0]).getSimpleName();
		}
		return source.getType().getSimpleName();
	}

	private static String fieldName(Method method) {
		SchemaMapping schemaMapping = AnnotatedElementUtils.findMergedAnnotation(method, SchemaMapping.class);
		if (schemaMapping != null && !schemaMapping.field().isEmpty()) {
			return schemaMapping.field();
		}
		BatchMapping batchMapping = AnnotatedElementUtils.findMergedAnnotation(method, BatchMapping.class);
		if (batchMapping != null && !batchMapping.field().isEmpty()) {
			return batchMapping.field();
		}
		return method.getName();
	}

	private static Optional<FieldDefinition> field(TypeDefinitionRegistry schema, String type, String field) {
		Stream<ObjectTypeDefinition> definitions = Stream.concat(
				schema.getType(type, ObjectTypeDefinition.class).stream(),
				schema.objectTypeExtensions().getOrDefault(type, List.of()).stream());
		return definitions.flatMap((definition) -> definition.getFieldDefinitions().stream())
			.filter((definition) -> definition.getName().equals(field))
			.findFirst();
	}

	private static TypeDefinitionRegistry schema() throws IOException {
		TypeDefinitionRegistry registry = new TypeDefinitionRegistry();
		SchemaParser parser = new SchemaParser();
		for (Resource file : new PathMatchingResourcePatternResolver().getResources("classpath*:graphql/*.graphqls")) {
			try (InputStreamReader reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
				registry.merge(parser.parse(reader));
			}
		}
		return registry;
	}

}
