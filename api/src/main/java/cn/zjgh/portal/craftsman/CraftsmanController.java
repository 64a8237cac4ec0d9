package cn.zjgh.portal.craftsman;

import java.util.List;

import cn.zjgh.portal.shared.Connection;
import cn.zjgh.portal.shared.PageRequest;
import jakarta.validation.Valid;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

@Controller
class CraftsmanController {

	private final CraftsmanDirectory directory;

	CraftsmanController(CraftsmanDirectory directory) {
		this.directory = directory;
	}

	@QueryMapping
	Connection<Craftsman> craftsmen(@Argument @Valid CraftsmanFilter filter, @Argument Integer first,
			@Argument String after) {
		return this.directory.page(filter, PageRequest.of(first, after));
	}

	@QueryMapping
	Craftsman craftsman(@Argument long id) {
		return this.directory.find(id);
	}

	@SchemaMapping(typeName = "Craftsman")
	List<HonourAward> honours(Craftsman craftsman) {
		return craftsman.honourAwards();
	}

}
